package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.scoring.Interval;
import org.apiguardian.api.API;

/**
 * The scale score of a set of respondents: n, mean and sd of their person scores, and the 95%
 * confidence interval {@code mean ± t(0.975, n − 1)·sd/√n}. Figures that are not defined (the mean
 * of nobody, the sd of one person) are {@link Double#NaN}.
 *
 * @param n the number of person scores
 * @param mean their mean
 * @param sd their sample standard deviation (n − 1)
 * @param ci95 the 95% confidence interval of the mean
 */
@API(status = STABLE, since = "0.1.0")
public record ScoreSummary(int n, double mean, double sd, Interval ci95) {
  public ScoreSummary {
    if (n < 0) {
      throw new IllegalArgumentException("n of a score summary must be >= 0, got " + n);
    }
    requireNonNull(ci95, "ci95");
  }
}
