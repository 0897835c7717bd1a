package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stored invitation: the hash of its code and, optionally, the building or street it was handed
 * out in. The code itself is not kept.
 *
 * @param codeHash the hash of the code, 64 lowercase hex digits
 * @param label the building or street label of its batch, if any (1–100 printable characters)
 * @param hashKind how {@code codeHash} was made
 */
@API(status = STABLE, since = "0.1.0")
public record Invitation(String codeHash, Optional<String> label, HashKind hashKind) {
  /** How a code's hash was made. */
  public enum HashKind {
    /** {@link CodeHasher#hash}: keyed with the server secret. Every invitation issued now. */
    HMAC_SHA256,
    /**
     * {@link InvitationCode#legacyHash}: a bare hash, as invitations were issued before keyed
     * hashes. Verified until the code is first used, then stored keyed.
     */
    SHA256
  }

  public Invitation {
    requireNonNull(codeHash, "code hash");
    if (!codeHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "a code hash is 64 lowercase hex digits, got '" + codeHash + "'");
    }
    requireNonNull(label, "label");
    label.ifPresent(Invitation::checkLabel);
    requireNonNull(hashKind, "hash kind");
  }

  /** Returns {@code label} if it is a valid batch label. */
  static String checkLabel(String label) {
    if (label.isBlank()
        || label.length() > 100
        || label.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a building or street label has 1-100 printable characters, got '" + label + "'");
    }
    return label;
  }
}
