package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A code of Statistics Netherlands (CBS) for an area, written as CBS writes it: {@code BU} and 8
 * digits for a buurt, {@code WK} and 6 digits for a wijk, {@code GM} and 4 digits for a gemeente
 * (for example {@code BU00800101}, {@code WK008001}, {@code GM0080}).
 *
 * @param value the code, upper-case prefix and digits, nothing else
 */
@API(status = STABLE, since = "0.1.0")
public record CbsCode(String value) {
  private static final Pattern CODE = Pattern.compile("BU\\d{8}|WK\\d{6}|GM\\d{4}");

  /** What kind of area a CBS code names. */
  public enum Level {
    /** A buurt: {@code BU} and 8 digits. */
    BUURT,
    /** A wijk: {@code WK} and 6 digits. */
    WIJK,
    /** A gemeente (municipality): {@code GM} and 4 digits. */
    GEMEENTE
  }

  public CbsCode {
    ValidationException.require(
        value != null && CODE.matcher(value).matches(),
        "cbsCode",
        "must be BU + 8 digits, WK + 6 digits or GM + 4 digits, got "
            + (value == null ? "nothing" : "'" + value + "'"));
  }

  /** The level the code names, read from its prefix. */
  public Level level() {
    return switch (value.substring(0, 2)) {
      case "BU" -> Level.BUURT;
      case "WK" -> Level.WIJK;
      default -> Level.GEMEENTE;
    };
  }

  /**
   * The code of the municipality this area lies in: CBS codes nest, so a buurt or wijk code starts
   * with the four digits of its gemeente.
   */
  public CbsCode municipality() {
    return new CbsCode("GM" + value.substring(2, 6));
  }

  @Override
  public String toString() {
    return value;
  }
}
