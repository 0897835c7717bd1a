package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A reminder to show residents a result, given when none was shown for {@link #QUIET_DAYS} days.
 *
 * @param lastShown the day a result was last shown, if ever
 * @param daysSince how many days ago that was, absent when never
 * @param message the reminder for the team, in Dutch and English
 */
@API(status = STABLE, since = "0.1.0")
public record ResultNudge(Optional<LocalDate> lastShown, OptionalLong daysSince, Text message) {

  /** After this many days without a result shown, the team is nudged. */
  public static final int QUIET_DAYS = 30;

  public ResultNudge {
    requireNonNull(lastShown, "lastShown");
    requireNonNull(daysSince, "daysSince");
    requireNonNull(message, "message");
  }

  /**
   * The nudge for these results on the day {@code clock} says it is, if one is due: when no result
   * was ever shown, or the last was shown {@link #QUIET_DAYS} or more days ago. Results dated after
   * today (planned ones) do not count as shown.
   */
  public static Optional<ResultNudge> check(List<Result> results, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    Optional<LocalDate> last =
        results.stream()
            .map(Result::shown)
            .filter(d -> !d.isAfter(today))
            .max(LocalDate::compareTo);
    if (last.isEmpty()) {
      return Optional.of(
          new ResultNudge(
              last,
              OptionalLong.empty(),
              new Text(
                  "Er is nog geen resultaat aan bewoners getoond. Laat zien wat er bereikt is.",
                  "No result has been shown to residents yet. Show what has been achieved.")));
    }
    long days = ChronoUnit.DAYS.between(last.get(), today);
    if (days < QUIET_DAYS) {
      return Optional.empty();
    }
    return Optional.of(
        new ResultNudge(
            last,
            OptionalLong.of(days),
            new Text(
                "Al "
                    + days
                    + " dagen geen resultaat getoond. Laat bewoners zien wat er bereikt is.",
                "No result shown for " + days + " days. Show residents what has been achieved.")));
  }
}
