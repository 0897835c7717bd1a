package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a market consultation leads to.
 *
 * @param ranking the eligible options, most votes first (ties by id)
 * @param picked the partners picked: the first of the ranking, as many as asked or as are eligible
 * @param notEligible the options that fail or may fail a principle, by id, with their votes
 */
@API(status = STABLE, since = "0.1.0")
public record ConsultationOutcome(
    List<Standing> ranking, List<MarketOption> picked, List<Standing> notEligible) {
  public ConsultationOutcome {
    ranking = List.copyOf(ranking);
    picked = List.copyOf(picked);
    notEligible = List.copyOf(notEligible);
  }

  /**
   * One option's place in the outcome.
   *
   * @param option the option
   * @param eligibility whether it meets every principle, and which it does not
   * @param votes how many residents named it
   */
  public record Standing(MarketOption option, Eligibility eligibility, int votes) {
    public Standing {
      requireNonNull(option, "option");
      requireNonNull(eligibility, "eligibility");
      if (votes < 0) {
        throw new IllegalArgumentException("votes cannot be negative, got " + votes);
      }
    }
  }
}
