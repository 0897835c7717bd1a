package io.cohesion.core.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The standard normal distribution's upper tail, with full relative precision far into the tail (as
 * R's {@code pnorm(z, lower.tail = FALSE)}), for two-sided p-values of Wald tests.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class Normal {

  private static final double SQRT_PI = Math.sqrt(Math.PI);

  private Normal() {}

  /** P(Z > z) for a standard normal Z. */
  public static double upperTail(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z < 0) {
      return 1 - upperTail(-z);
    }
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /** The two-sided p-value of {@code z}: P(|Z| > |z|). */
  public static double twoSided(double z) {
    return Math.min(1, 2 * upperTail(Math.abs(z)));
  }

  /** The complementary error function for {@code x ≥ 0}. */
  static double erfc(double x) {
    if (x < 2.5) {
      return 1 - erf(x);
    }
    return continuedFraction(x);
  }

  /**
   * erf(x) = 2/√π · exp(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), a series of positive terms (no
   * cancellation).
   */
  private static double erf(double x) {
    double term = x;
    double sum = x;
    double twoXSquared = 2 * x * x;
    for (int n = 1; n < 500; n++) {
      term *= twoXSquared / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return 2 / SQRT_PI * Math.exp(-x * x) * sum;
  }

  /**
   * erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated by the
   * modified Lentz method; for x ≥ 2.5 it converges in a few dozen steps.
   */
  private static double continuedFraction(double x) {
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0;
    for (int j = 1; j < 1000; j++) {
      double a = j / 2.0;
      d = x + a * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = x + a / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / SQRT_PI / f;
  }
}
