package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The closed range {@code [min, max]} of a response scale, for example 1–5 or 0–10.
 *
 * @param min the lowest answer
 * @param max the highest answer, greater than {@code min}
 */
@API(status = STABLE, since = "0.1.0")
public record ResponseRange(double min, double max) {
  public ResponseRange {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException(
          "a response range needs finite bounds, got [" + min + ", " + max + "]");
    }
    if (!(min < max)) {
      throw new IllegalArgumentException(
          "a response range needs min < max, got [" + min + ", " + max + "]");
    }
  }

  /** Whether {@code answer} is a number within the range (NaN is not). */
  public boolean contains(double answer) {
    return answer >= min && answer <= max;
  }

  /** The reversed answer {@code min + max − x}. */
  public double reverse(double answer) {
    return min + max - answer;
  }

  /** The answer rescaled to {@code [0, 1]}. */
  public double unit(double answer) {
    return (answer - min) / (max - min);
  }

  /** The range as people write it: {@code 1–5}, or {@code 0.5–4.5} for fractional bounds. */
  @Override
  public String toString() {
    return format(min) + "–" + format(max);
  }

  private static String format(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }
}
