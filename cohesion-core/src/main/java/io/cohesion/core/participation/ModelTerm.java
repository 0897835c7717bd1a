package io.cohesion.core.participation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.scoring.Interval;
import org.apiguardian.api.API;

/**
 * One term of a fitted logistic model (docs/scoring.md#trust-and-taking-part).
 *
 * @param term {@code (Intercept)}, {@code trust}, or {@code <column>=<value>} for a level of the
 *     factor
 * @param estimate the coefficient on the log-odds scale
 * @param se its standard error, from the inverse of the information matrix
 * @param z {@code estimate / se}
 * @param p the two-sided p-value of {@code z} under the standard normal distribution
 * @param oddsRatio {@code exp(estimate)}
 * @param ci95 the Wald 95% interval of the odds ratio, {@code exp(estimate ± 1.959963984540054·se)}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ModelTerm(
    String term, double estimate, double se, double z, double p, double oddsRatio, Interval ci95) {
  public ModelTerm {
    requireNonNull(term, "term");
    requireNonNull(ci95, "ci95");
  }
}
