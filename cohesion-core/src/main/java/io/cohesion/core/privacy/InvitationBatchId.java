package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The id of a batch of invitation codes: the codes issued together, for one building or street.
 * Invitation tracking counts the codes of each batch and how many of them answered a wave.
 *
 * @param value the id, as any id of the library (letters, digits, {@code . _ -})
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record InvitationBatchId(String value) {
  /** How many characters of {@link InvitationCode#ALPHABET} a generated id has after its prefix. */
  static final int RANDOM_LENGTH = 10;

  public InvitationBatchId {
    Identifiers.check("invitation batch id", value);
  }

  /** A new id, {@code batch-} and ten characters drawn from {@code random}. */
  public static InvitationBatchId generate(RandomGenerator random) {
    requireNonNull(random, "random");
    StringBuilder id = new StringBuilder("batch-");
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      id.append(InvitationCode.ALPHABET.charAt(random.nextInt(InvitationCode.ALPHABET.length())));
    }
    return new InvitationBatchId(id.toString().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
