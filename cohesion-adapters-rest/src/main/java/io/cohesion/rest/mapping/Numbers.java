package io.cohesion.rest.mapping;

/**
 * Parses the numbers of a CSV cell without a locale and without allocating: {@code 4}, {@code
 * -0.5}, {@code 4.25}, {@code 1e-3}. A decimal comma ({@code 4,5}) is taken where the caller allows
 * it (a file whose cells are not separated by commas) and rejected otherwise, with a message that
 * says so.
 *
 * <p>Most answers have few digits: they are computed as an exact integer divided by an exact power
 * of ten, which IEEE 754 rounds correctly, so the result equals {@link Double#parseDouble}. Longer
 * numbers go through {@link Double#parseDouble} after the same syntax check.
 */
final class Numbers {
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private Numbers() {}

  /**
   * The number in {@code chars[offset, offset + length)}, surrounding spaces ignored; NaN when the
   * cell is blank.
   *
   * @throws IllegalArgumentException with a reason for the person who wrote the cell
   */
  static double parse(char[] chars, int offset, int length) {
    return parse(chars, offset, length, false);
  }

  /**
   * {@link #parse(char[], int, int)}, taking a decimal comma as a decimal point when {@code
   * decimalComma}.
   */
  static double parse(char[] chars, int offset, int length, boolean decimalComma) {
    char comma = decimalComma ? ',' : '.';
    int start = offset;
    int end = offset + length;
    while (start < end && isSpace(chars[start])) {
      start++;
    }
    while (end > start && isSpace(chars[end - 1])) {
      end--;
    }
    if (start == end) {
      return Double.NaN;
    }
    int i = start;
    boolean negative = false;
    if (chars[i] == '-' || chars[i] == '+') {
      negative = chars[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int fractionDigits = 0;
    boolean point = false;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (mantissa != 0 || c != '0') {
          significant++;
        }
        if (significant <= 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (point) {
            fractionDigits++;
          }
        } else if (!point) {
          return slow(chars, start, end, comma); // a huge integer part: leave it to the JDK
        }
      } else if ((c == '.' || c == comma) && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      throw notANumber(chars, start, end);
    }
    if (i < end) {
      if ((chars[i] == 'e' || chars[i] == 'E') && isExponent(chars, i + 1, end)) {
        return slow(chars, start, end, comma);
      }
      throw notANumber(chars, start, end);
    }
    if (significant <= 15 && fractionDigits < POWERS_OF_TEN.length) {
      double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
      return negative ? -value : value;
    }
    return slow(chars, start, end, comma);
  }

  /**
   * {@link #parse(char[], int, int)} for the ASCII bytes {@code bytes[from, to)}. Plain decimals of
   * up to 15 significant digits, by far the most common answers, are read here without allocating;
   * anything else goes through the characters version, so that both accept and refuse the same
   * cells with the same messages.
   */
  static double parseAscii(byte[] bytes, int from, int to) {
    return parseAscii(bytes, from, to, false);
  }

  /**
   * {@link #parseAscii(byte[], int, int)}, taking a decimal comma as a decimal point when {@code
   * decimalComma}.
   */
  static double parseAscii(byte[] bytes, int from, int to, boolean decimalComma) {
    int start = from;
    int end = to;
    while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
      start++;
    }
    while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
      end--;
    }
    if (start == end) {
      return Double.NaN;
    }
    if (end - start == 1 && bytes[start] >= '0' && bytes[start] <= '9') {
      return bytes[start] - '0'; // a one-digit answer, the usual case on a response scale
    }
    byte comma = decimalComma ? (byte) ',' : (byte) '.';
    int i = start;
    boolean negative = bytes[i] == '-';
    if (negative || bytes[i] == '+') {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int fractionDigits = 0;
    boolean point = false;
    for (; i < end; i++) {
      byte c = bytes[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (mantissa != 0 || c != '0') {
          significant++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fractionDigits++;
        }
        if (significant > 15) {
          break;
        }
      } else if ((c == '.' || c == comma) && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (i < end || digits == 0 || fractionDigits >= POWERS_OF_TEN.length) {
      char[] chars = new char[end - start];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) bytes[start + j];
      }
      return parse(chars, 0, chars.length, decimalComma);
    }
    double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
    return negative ? -value : value;
  }

  /** {@link #parse(char[], int, int)} for a string. */
  static double parse(String text) {
    return parse(text, false);
  }

  /** {@link #parse(char[], int, int, boolean)} for a string. */
  static double parse(String text, boolean decimalComma) {
    return parse(text.toCharArray(), 0, text.length(), decimalComma);
  }

  private static boolean isExponent(char[] chars, int from, int end) {
    int i = from;
    if (i < end && (chars[i] == '-' || chars[i] == '+')) {
      i++;
    }
    if (i == end) {
      return false;
    }
    for (; i < end; i++) {
      if (chars[i] < '0' || chars[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static double slow(char[] chars, int start, int end, char comma) {
    // The syntax was checked already, so the JDK sees only plain decimal numbers.
    String text = new String(chars, start, end - start);
    double value = Double.parseDouble(comma == ',' ? text.replace(',', '.') : text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "number too large: '" + new String(chars, start, end - start) + "'");
    }
    return value;
  }

  private static IllegalArgumentException notANumber(char[] chars, int start, int end) {
    String text = new String(chars, start, end - start);
    if (text.matches("[+-]?\\d*,\\d+")) {
      return new IllegalArgumentException(
          "not a number: '"
              + text
              + "' (write decimals with a point, as in "
              + text.replace(',', '.')
              + ")");
    }
    return new IllegalArgumentException("not a number: '" + text + "'");
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
