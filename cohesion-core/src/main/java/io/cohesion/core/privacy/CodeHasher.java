package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The keyed hash an invitation code is stored as: HMAC-SHA256 of the code under a key derived from
 * the server secret, as 64 lowercase hex digits.
 *
 * <p>A bare hash would not do: codes have about 59 bits, so whoever holds a copy of the stored
 * hashes could try every code offline and find the valid ones. Without the secret a keyed hash
 * gives nothing to try codes against. The key is {@code HMAC-SHA256(secret, "invitation-code")},
 * not the secret itself, so that a code's stored hash is never its pseudonym ({@link
 * HmacPseudonymiser} keys with the secret).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CodeHasher {
  private static final String ALGORITHM = "HmacSHA256";

  /** What the hashing key is derived for, which keeps it apart from the pseudonym key. */
  static final String PURPOSE = "invitation-code";

  private final SecretKeySpec key;

  /** A hasher keyed from {@code secret}. */
  public CodeHasher(PseudonymSecret secret) {
    requireNonNull(secret, "secret");
    this.key =
        new SecretKeySpec(
            hmac(
                new SecretKeySpec(secret.bytes(), ALGORITHM),
                PURPOSE.getBytes(StandardCharsets.US_ASCII)),
            ALGORITHM);
  }

  /** The stored hash of {@code code}. */
  public String hash(InvitationCode code) {
    requireNonNull(code, "code");
    return HexFormat.of().formatHex(hmac(key, code.value().getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      // A Mac is not thread-safe and cheap to make; one per call keeps this class shareable.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }

  /** Redacted. */
  @Override
  public String toString() {
    return "CodeHasher[redacted]";
  }
}
