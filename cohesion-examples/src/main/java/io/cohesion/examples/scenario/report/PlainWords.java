package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ResponseRange;
import java.util.Locale;

/**
 * Comparison figures said in plain words, for facilitators and residents rather than statisticians:
 * "trust rose by 0.26 on a 5-point scale, 95% CI 0.14 to 0.39".
 */
public final class PlainWords {
  private PlainWords() {}

  /**
   * The change of a mean between two waves.
   *
   * @param what what was measured, as it starts the sentence (for example {@code trust})
   * @param difference after minus before
   * @param lower the lower end of the 95% confidence interval of the difference
   * @param upper its upper end
   * @param range the scale's response range
   * @return for example {@code trust rose by 0.26 on a 5-point scale, 95% CI 0.14 to 0.39}
   */
  public static String change(
      String what, double difference, double lower, double upper, ResponseRange range) {
    requireNonNull(what, "what");
    requireNonNull(range, "range");
    String size = number(Math.abs(difference));
    String verb;
    if (size.equals(number(0))) {
      verb = "stayed the same (a change of " + size + ")";
    } else {
      verb = (difference > 0 ? "rose by " : "fell by ") + size;
    }
    return what
        + " "
        + verb
        + " on "
        + scale(range)
        + ", 95% CI "
        + number(lower)
        + " to "
        + number(upper);
  }

  /** Whether the interval says the change is unlikely to be chance, in one sentence. */
  public static String certainty(double lower, double upper) {
    if (lower > 0) {
      return "The whole interval lies above zero, so the rise is unlikely to be chance.";
    }
    if (upper < 0) {
      return "The whole interval lies below zero, so the fall is unlikely to be chance.";
    }
    return "The interval includes zero, so the change may well be chance.";
  }

  /** The scale as people say it: {@code a 5-point scale}, or {@code a 0.5–4.5 scale}. */
  public static String scale(ResponseRange range) {
    boolean whole = range.min() == Math.rint(range.min()) && range.max() == Math.rint(range.max());
    if (whole) {
      return "a " + (long) (range.max() - range.min() + 1) + "-point scale";
    }
    return "a " + range + " scale";
  }

  /** A figure with two decimals in {@link Locale#ROOT}; minus zero shows as zero. */
  public static String number(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  /** The sentence with its first letter in capitals. */
  public static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
  }
}
