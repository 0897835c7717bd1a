package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.scoring.Interval;
import org.apiguardian.api.API;

/**
 * Two waves compared on the respondents who have a person score in both (same pseudonym), after −
 * before (docs/scoring.md#54-waves).
 *
 * @param nPairs the number of such respondents, at least 2
 * @param meanDifference the mean of their differences
 * @param ci95 the paired t 95% confidence interval of the mean difference
 * @param dz {@code mean(diff)/sd(diff)}; NaN when every difference is the same
 */
@API(status = STABLE, since = "0.1.0")
public record PairedComparison(int nPairs, double meanDifference, Interval ci95, double dz) {
  public PairedComparison {
    if (nPairs < 2) {
      throw new IllegalArgumentException("a paired comparison needs >= 2 pairs, got " + nPairs);
    }
    requireNonNull(ci95, "ci95");
  }
}
