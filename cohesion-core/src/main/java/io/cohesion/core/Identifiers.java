package io.cohesion.core;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one rule for ids and codes: 1–100 characters of letters, digits, {@code . _ -}, starting with
 * a letter or digit. Such ids are safe in URLs, CSV headers and file names.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Identifiers {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private Identifiers() {}

  /** Whether {@code value} is a valid id or code. */
  public static boolean isValid(String value) {
    return value != null && ID.matcher(value).matches();
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
