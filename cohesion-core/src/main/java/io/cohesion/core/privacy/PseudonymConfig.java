package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.CohesionException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Where the pseudonym secret comes from, checked at startup.
 *
 * <p>In production mode a configured secret is required: a generated one would change on every
 * restart and silently break the link between waves. In demo or development mode a missing secret
 * is generated for the run, and the caller is told so.
 *
 * @param production whether the application runs in production mode
 * @param configured the configured secret, if any (at least {@value PseudonymSecret#MIN_BYTES}
 *     bytes of UTF-8)
 */
@API(status = STABLE, since = "0.1.0")
public record PseudonymConfig(boolean production, Optional<String> configured) {
  /** The environment variable the composition root reads the secret from. */
  public static final String ENVIRONMENT_VARIABLE = "COHESION_PSEUDONYM_SECRET";

  /**
   * Checks the configuration.
   *
   * @throws CohesionException in production mode without a secret, or with a secret that is too
   *     short, with a message that says what to set
   */
  public PseudonymConfig {
    requireNonNull(configured, "configured");
    if (production && configured.isEmpty()) {
      throw new CohesionException(
          "no pseudonym secret configured: production mode needs "
              + ENVIRONMENT_VARIABLE
              + " set to a random text of at least "
              + PseudonymSecret.MIN_BYTES
              + " bytes (for example the output of `openssl rand -hex 32`), kept the same across"
              + " restarts so that waves link up");
    }
    configured.ifPresent(
        secret -> {
          if (secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
              < PseudonymSecret.MIN_BYTES) {
            throw new CohesionException(
                ENVIRONMENT_VARIABLE
                    + " is too short: a pseudonym secret needs at least "
                    + PseudonymSecret.MIN_BYTES
                    + " bytes");
          }
        });
  }

  /**
   * The secret to use: the configured one, or in demo/development mode a new one from {@code
   * random} (pass a {@link java.security.SecureRandom}), reported through {@code notice}.
   */
  public PseudonymSecret secret(RandomGenerator random, Consumer<String> notice) {
    if (configured.isPresent()) {
      return PseudonymSecret.of(configured.get());
    }
    byte[] bytes = new byte[PseudonymSecret.MIN_BYTES];
    random.nextBytes(bytes);
    notice.accept(
        "no "
            + ENVIRONMENT_VARIABLE
            + " configured: generated a pseudonym secret for this run only; pseudonyms will not"
            + " match those of other runs");
    // Hex keeps the generated secret printable should a caller choose to persist it.
    return PseudonymSecret.of(HexFormat.of().formatHex(bytes));
  }
}
