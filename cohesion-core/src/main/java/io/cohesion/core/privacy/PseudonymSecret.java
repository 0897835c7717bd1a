package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The server secret behind pseudonyms. Whoever holds it can link a code to its pseudonym, so it
 * comes from configuration, is never logged, and must stay the same for as long as waves are to be
 * linked.
 */
@API(status = STABLE, since = "0.1.0")
public final class PseudonymSecret {
  /** The fewest bytes a secret may have (256 bits, the HMAC-SHA256 block strength). */
  public static final int MIN_BYTES = 32;

  private final byte[] bytes;

  private PseudonymSecret(byte[] bytes) {
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonym secret needs at least " + MIN_BYTES + " bytes, got " + bytes.length);
    }
    this.bytes = bytes.clone();
  }

  /** A secret from its configured text (UTF-8), at least {@value #MIN_BYTES} bytes long. */
  public static PseudonymSecret of(String configured) {
    requireNonNull(configured, "pseudonym secret");
    return new PseudonymSecret(configured.getBytes(StandardCharsets.UTF_8));
  }

  /** A secret of raw bytes, at least {@value #MIN_BYTES} of them. */
  public static PseudonymSecret ofBytes(byte[] bytes) {
    requireNonNull(bytes, "pseudonym secret");
    return new PseudonymSecret(bytes);
  }

  /** A copy of the secret's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PseudonymSecret that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Redacted. */
  @Override
  public String toString() {
    return "PseudonymSecret[redacted]";
  }
}
