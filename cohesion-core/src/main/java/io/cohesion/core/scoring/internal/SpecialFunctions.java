package io.cohesion.core.scoring.internal;

/**
 * Log-gamma, log-beta and the regularized incomplete beta function, accurate to about 1e-15.
 *
 * <p>Log-gamma uses Stirling's series with seven Bernoulli terms for {@code x >= 10} and the
 * recurrence {@code Γ(x+1) = xΓ(x)} below that. Log-beta keeps the Stirling remainders apart so
 * that {@code ln Γ(a) − ln Γ(a + b)} does not cancel for large {@code a} (a t distribution with a
 * million degrees of freedom needs this). The incomplete beta function is the classical continued
 * fraction (Abramowitz &amp; Stegun 26.5.8) evaluated with the modified Lentz method, using the
 * symmetry {@code I_x(a, b) = 1 − I_{1−x}(b, a)} on the side where the fraction converges quickly.
 */
public final class SpecialFunctions {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double STIRLING_FROM = 10;
  private static final double TINY = 1e-300;
  private static final double EPSILON = 1e-16;
  private static final int MAX_TERMS = 1_000_000;

  private SpecialFunctions() {}

  /** {@code ln Γ(x)} for {@code x > 0}. */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    if (x >= STIRLING_FROM) {
      return stirlingMain(x) + stirlingRemainder(x);
    }
    double shifted = x;
    double product = 1;
    while (shifted < STIRLING_FROM) {
      product *= shifted;
      shifted += 1;
    }
    return stirlingMain(shifted) + stirlingRemainder(shifted) - Math.log(product);
  }

  /** {@code ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)} for {@code a, b > 0}. */
  public static double logBeta(double a, double b) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException("logBeta needs a, b > 0, got " + a + ", " + b);
    }
    double p = Math.min(a, b);
    double q = Math.max(a, b);
    double sum = p + q;
    if (p >= STIRLING_FROM) {
      return HALF_LOG_TWO_PI
          - 0.5 * Math.log(q)
          + (p - 0.5) * Math.log(p / sum)
          + q * Math.log1p(-p / sum)
          + stirlingRemainder(p)
          + stirlingRemainder(q)
          - stirlingRemainder(sum);
    }
    if (q >= STIRLING_FROM) {
      return logGamma(p)
          + (q - 0.5) * Math.log1p(-p / sum)
          - p * Math.log(sum)
          + p
          + stirlingRemainder(q)
          - stirlingRemainder(sum);
    }
    return logGamma(p) + logGamma(q) - logGamma(sum);
  }

  /**
   * The regularized incomplete beta function {@code I_x(a, b)}.
   *
   * @param x the point, in {@code [0, 1]}
   * @param y {@code 1 − x}, passed separately so that callers who know it exactly lose no digits
   * @param a the first shape, positive
   * @param b the second shape, positive
   */
  public static double regularizedBeta(double x, double y, double a, double b) {
    checkBetaArguments(x, y, a, b);
    if (x == 0) {
      return 0;
    }
    if (y == 0) {
      return 1;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - lowerByFraction(y, x, b, a);
    }
    return lowerByFraction(x, y, a, b);
  }

  /** {@code 1 − I_x(a, b)}, computed without cancellation when it is small. */
  public static double regularizedBetaComplement(double x, double y, double a, double b) {
    checkBetaArguments(x, y, a, b);
    if (x == 0) {
      return 1;
    }
    if (y == 0) {
      return 0;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return lowerByFraction(y, x, b, a);
    }
    return 1 - lowerByFraction(x, y, a, b);
  }

  private static void checkBetaArguments(double x, double y, double a, double b) {
    if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
      throw new IllegalArgumentException("the incomplete beta needs x in [0, 1], got " + x);
    }
    if (!(a > 0) || !(b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
      throw new IllegalArgumentException(
          "the incomplete beta needs finite a, b > 0, got " + a + ", " + b);
    }
  }

  /** {@code I_x(a, b)} by its continued fraction; converges fast for x below (a+1)/(a+b+2). */
  private static double lowerByFraction(double x, double y, double a, double b) {
    double logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
    double logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
    double front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
    if (front == 0) {
      return 0;
    }
    // Lentz: evaluate 1 + d1/(1 + d2/(1 + ...)); the integral is front / that value.
    double value = 1;
    double c = 1;
    double d = 0;
    for (int j = 1; j <= MAX_TERMS; j++) {
      double term = fractionTerm(j, x, a, b);
      d = 1 + term * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      d = 1 / d;
      c = 1 + term / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      double delta = c * d;
      value *= delta;
      if (Math.abs(delta - 1) <= EPSILON) {
        return front / value;
      }
    }
    throw new ArithmeticException(
        "incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
  }

  private static double fractionTerm(int j, double x, double a, double b) {
    int m = j / 2;
    if (j % 2 == 1) {
      return -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
    }
    return m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
  }

  /** Stirling's leading terms {@code (x − ½) ln x − x + ½ ln 2π}. */
  private static double stirlingMain(double x) {
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI;
  }

  /** {@code ln Γ(x)} minus Stirling's leading terms, by its asymptotic series; x ≥ 10. */
  static double stirlingRemainder(double x) {
    double inverse = 1 / x;
    double square = inverse * inverse;
    // Coefficients B_2n / (2n (2n − 1)) for n = 7 down to 1, in Horner form.
    double series = 1.0 / 156 * square;
    series = (-691.0 / 360360 + series) * square;
    series = (1.0 / 1188 + series) * square;
    series = (-1.0 / 1680 + series) * square;
    series = (1.0 / 1260 + series) * square;
    series = (-1.0 / 360 + series) * square;
    return (1.0 / 12 + series) * inverse;
  }
}
