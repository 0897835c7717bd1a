package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.scoring.Interval;
import org.apiguardian.api.API;

/**
 * Two waves compared as independent samples of person scores, after − before
 * (docs/scoring.md#54-waves). Figures that are not defined (a wave with fewer than two scores) are
 * NaN.
 *
 * @param nBefore person scores in the first wave
 * @param nAfter person scores in the second wave
 * @param meanBefore their mean in the first wave
 * @param meanAfter their mean in the second wave
 * @param difference {@code meanAfter − meanBefore}
 * @param ci95 Welch's 95% confidence interval of the difference
 * @param welchDf the Welch–Satterthwaite degrees of freedom
 * @param hedgesG the standardized difference with the small-sample correction J
 */
@API(status = STABLE, since = "0.1.0")
public record IndependentComparison(
    int nBefore,
    int nAfter,
    double meanBefore,
    double meanAfter,
    double difference,
    Interval ci95,
    double welchDf,
    double hedgesG) {
  public IndependentComparison {
    if (nBefore < 0 || nAfter < 0) {
      throw new IllegalArgumentException(
          "wave sizes must be >= 0, got " + nBefore + " and " + nAfter);
    }
    requireNonNull(ci95, "ci95");
  }
}
