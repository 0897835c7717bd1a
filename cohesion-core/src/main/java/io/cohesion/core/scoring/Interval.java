package io.cohesion.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A closed interval {@code [lower, upper]}, such as a 95% confidence interval. Both bounds are
 * {@link Double#NaN} when the interval is undefined (for example a mean of fewer than two values).
 *
 * @param lower the lower bound, or NaN
 * @param upper the upper bound, at least {@code lower}, or NaN
 */
@API(status = STABLE, since = "0.1.0")
public record Interval(double lower, double upper) {

  /** The interval that is not defined. */
  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

  public Interval {
    if (Double.isNaN(lower) != Double.isNaN(upper)) {
      throw new IllegalArgumentException(
          "an interval is either fully defined or undefined, got [" + lower + ", " + upper + "]");
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "an interval needs lower <= upper, got [" + lower + ", " + upper + "]");
    }
  }

  /** {@code centre ± halfWidth}; undefined when either is NaN. */
  public static Interval around(double centre, double halfWidth) {
    if (Double.isNaN(centre) || Double.isNaN(halfWidth)) {
      return UNDEFINED;
    }
    return new Interval(centre - halfWidth, centre + halfWidth);
  }

  /** Whether both bounds are numbers. */
  public boolean isDefined() {
    return !Double.isNaN(lower);
  }
}
