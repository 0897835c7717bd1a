package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The pseudonym of a respondent or household: links answers across waves without naming anyone.
 *
 * <p>Pseudonyms come from two places that must not meet: derived from an invitation code ({@link
 * HmacPseudonymiser}, always 64 lowercase hex digits), or typed in from a paper form by a
 * coordinator or ambassador. A typed pseudonym equal to a code's would take the household's place
 * in every wave and block its own answers, so that form is reserved: {@link #typed} refuses it.
 *
 * @param value the pseudonym, 1–200 characters, no control characters
 */
@API(status = STABLE, since = "0.1.0")
public record Pseudonym(String value) {
  /** The length of a code's pseudonym: 64 hex digits, a SHA-256 HMAC. */
  private static final int CODE_FORM_LENGTH = 64;

  /**
   * A pseudonym typed in by a person (a paper form entered by a coordinator or ambassador): any
   * pseudonym except one of the form reserved for those derived from invitation codes.
   *
   * @throws IllegalArgumentException when {@code value} is not a pseudonym, is 64 lowercase hex
   *     digits (the form of a code's pseudonym) or starts with {@value #STAND_IN_PREFIX} (the form
   *     of an erased respondent's stand-in), with a message that says which
   */
  public static Pseudonym typed(String value) {
    Pseudonym pseudonym = new Pseudonym(value);
    if (pseudonym.hasCodeForm()) {
      // The value is not repeated: it may be a household's real pseudonym.
      throw new IllegalArgumentException(
          "a typed pseudonym may not be 64 lowercase hex digits: that form is reserved for"
              + " pseudonyms derived from invitation codes");
    }
    if (value.startsWith(STAND_IN_PREFIX)) {
      throw new IllegalArgumentException(
          "a typed pseudonym may not start with '"
              + STAND_IN_PREFIX
              + "': that form is reserved for the stand-ins of erased respondents");
    }
    return pseudonym;
  }

  /** The prefix of every {@link #standIn}: neither a code's form nor one a form would carry. */
  public static final String STAND_IN_PREFIX = "erased-";

  /**
   * A fresh stand-in for an erased respondent, under which a release state keeps the answers it
   * released ({@link ResponseStore#retained}): {@value #STAND_IN_PREFIX} and 32 random hex digits,
   * drawn from {@code random} and derived from nothing of the person.
   */
  public static Pseudonym standIn(RandomGenerator random) {
    return new Pseudonym(
        STAND_IN_PREFIX
            + HexFormat.of().toHexDigits(random.nextLong())
            + HexFormat.of().toHexDigits(random.nextLong()));
  }

  /** Whether this pseudonym has the form of one derived from an invitation code. */
  public boolean hasCodeForm() {
    if (value.length() != CODE_FORM_LENGTH) {
      return false;
    }
    for (int i = 0; i < CODE_FORM_LENGTH; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  public Pseudonym {
    requireNonNull(value, "pseudonym");
    if (value.isBlank() || value.length() > 200 || hasControlCharacter(value)) {
      throw new IllegalArgumentException(
          "a pseudonym must be 1-200 printable characters, got '" + value + "'");
    }
  }

  // A plain loop: pseudonyms are checked once per row of files of a million rows.
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
