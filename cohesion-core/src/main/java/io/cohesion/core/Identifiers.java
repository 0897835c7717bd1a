package io.cohesion.core;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one rule for ids and codes: 1–100 characters of letters, digits, {@code . _ -}, starting with
 * a letter or digit. Such ids are safe in URLs, CSV headers and file names.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Identifiers {
  /** The longest id or code. */
  private static final int MAX_LENGTH = 100;

  private Identifiers() {}

  /**
   * Whether {@code value} is a valid id or code: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}, checked
   * character by character (every request names an id or two, so this runs often).
   */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    if (!isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit. */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns {@code value} if it is a valid id.
   *
   * @throws IllegalArgumentException naming {@code what} and the bad value otherwise
   */
  public static String check(String what, String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          what
              + " must be 1-100 letters, digits, '.', '_' or '-' starting with a letter or digit, got "
              + (value == null ? "nothing" : "'" + value + "'"));
    }
    return value;
  }
}
