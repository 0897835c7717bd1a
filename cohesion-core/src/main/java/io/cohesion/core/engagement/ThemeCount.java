package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How many signals have one theme; empty when suppressed under the disclosure rules.
 *
 * @param theme the theme
 * @param signals the count, or empty when suppressed
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ThemeCount(SignalTheme theme, OptionalInt signals) {
  public ThemeCount {
    requireNonNull(theme, "theme");
    requireNonNull(signals, "signals");
  }

  /** Whether the count is suppressed. */
  public boolean suppressed() {
    return signals.isEmpty();
  }
}
