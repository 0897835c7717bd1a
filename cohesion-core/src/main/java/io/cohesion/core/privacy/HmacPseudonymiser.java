package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The pseudonym as HMAC-SHA256 of the code under a secret, as 64 lowercase hex digits. A keyed hash
 * and not a plain one: invitation codes are short enough that anyone holding a list of plain-hashed
 * pseudonyms could try every code. Its 64 hex digits are a form that typed-in pseudonyms may not
 * take ({@link Pseudonym#typed}), so that no one can answer in a code's place.
 */
@API(status = STABLE, since = "0.1.0")
public final class HmacPseudonymiser implements Pseudonymiser {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /** A pseudonymiser keyed with {@code secret}. */
  public HmacPseudonymiser(PseudonymSecret secret) {
    requireNonNull(secret, "secret");
    this.key = new SecretKeySpec(secret.bytes(), ALGORITHM);
  }

  @Override
  public Pseudonym pseudonymise(InvitationCode code) {
    requireNonNull(code, "code");
    try {
      // A Mac is not thread-safe and cheap to make; one per call keeps this class shareable.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
      return new Pseudonym(HexFormat.of().formatHex(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}
