package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

/** One cell of a report table. */
public sealed interface Cell {

  /** A text cell. */
  static Cell text(String text) {
    return new Text(text);
  }

  /** A number shown with {@code decimals} decimals; NaN shows as a dash. */
  static Cell number(double value, int decimals) {
    return new Number(value, decimals, false);
  }

  /** A share shown as a whole percentage; NaN shows as a dash. */
  static Cell percent(double share) {
    return new Number(share, 0, true);
  }

  /** A bar of {@code value} against {@code max}, followed by {@code label}. */
  static Cell bar(double value, double max, String label) {
    return new Bar(value, max, label);
  }

  /**
   * Text as given.
   *
   * @param text the text
   */
  record Text(String text) implements Cell {
    public Text {
      requireNonNull(text, "text");
    }
  }

  /**
   * A number.
   *
   * @param value the number; NaN when undefined
   * @param decimals how many decimals to show, 0–6
   * @param percent whether the number is a share to show as a percentage
   */
  record Number(double value, int decimals, boolean percent) implements Cell {
    public Number {
      if (decimals < 0 || decimals > 6) {
        throw new IllegalArgumentException("decimals must be 0-6, got " + decimals);
      }
    }
  }

  /**
   * A horizontal bar.
   *
   * @param value the bar's length in the units of {@code max}; NaN draws no bar
   * @param max the value of a full-width bar, greater than 0
   * @param label the text after the bar, usually the value
   */
  record Bar(double value, double max, String label) implements Cell {
    public Bar {
      if (!(max > 0) || !Double.isFinite(max)) {
        throw new IllegalArgumentException("a bar needs a positive max, got " + max);
      }
      requireNonNull(label, "label");
    }
  }
}
