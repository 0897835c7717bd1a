package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A single-use invitation code handed to a household on paper, for example {@code K7QM-XR4T-9HWD}.
 *
 * <p>Codes use an alphabet without look-alikes (no {@code 0 O 1 I L}), so they can be typed from a
 * flyer; when read back, case, spaces and dashes are ignored. A code is never stored: stores keep
 * its keyed hash ({@link CodeHasher}), and the respondent's pseudonym is derived from it with a
 * secret ({@link Pseudonymiser}).
 *
 * @param value the normalised code: {@value #MIN_LENGTH}–{@value #MAX_LENGTH} characters of {@link
 *     #ALPHABET}
 */
@API(status = STABLE, since = "0.1.0")
public record InvitationCode(String value) {
  /** The characters a code is made of. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  /** The length of generated codes: 12 characters of 31 give about 59 bits. */
  public static final int LENGTH = 12;

  /** The shortest code accepted. */
  public static final int MIN_LENGTH = 10;

  /** The longest code accepted. */
  public static final int MAX_LENGTH = 32;

  public InvitationCode {
    requireNonNull(value, "invitation code");
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "an invitation code has "
              + MIN_LENGTH
              + "-"
              + MAX_LENGTH
              + " characters, got "
              + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        // The code itself is not repeated: it may be a real code with a typo.
        throw new IllegalArgumentException(
            "an invitation code holds only " + ALPHABET + ", got '" + value.charAt(i) + "'");
      }
    }
  }

  /** Reads a code as a person typed it: case, spaces and dashes do not matter. */
  public static InvitationCode parse(String typed) {
    requireNonNull(typed, "invitation code");
    return new InvitationCode(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
  }

  /** A new code of {@link #LENGTH} characters drawn from {@code random}. */
  public static InvitationCode generate(RandomGenerator random) {
    requireNonNull(random, "random");
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new InvitationCode(code.toString());
  }

  /**
   * The bare SHA-256 hash of the code as 64 lowercase hex digits: how invitations issued before
   * keyed hashes were stored, used only to recognise those ({@link Invitations#pseudonymOf}). New
   * invitations are stored under {@link CodeHasher#hash}.
   */
  public String legacyHash() {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The code in groups of four for printing, for example {@code K7QM-XR4T-9HWD}. */
  public String grouped() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(value.charAt(i));
    }
    return out.toString();
  }

  /** Redacted, so that a code does not end up in a log by accident. */
  @Override
  public String toString() {
    return "InvitationCode[" + value.substring(0, 2) + "…]";
  }
}
