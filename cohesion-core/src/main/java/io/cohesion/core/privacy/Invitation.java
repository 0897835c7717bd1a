package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stored invitation: the hash of its code and, optionally, the building or street it was handed
 * out in. The code itself is not kept.
 *
 * <p>Invitations issued in a batch (since 0.2.0) also keep the batch, the registered building it
 * was issued for, if any, and the pseudonym their code answers under, so that a wave's use of each
 * batch can be counted (docs/privacy.md#invitation-tracking). The pseudonym is what the answers are
 * stored under anyway; it does not give the code back.
 *
 * @param codeHash the hash of the code, 64 lowercase hex digits
 * @param label the building or street label of its batch, if any (1–100 printable characters)
 * @param hashKind how {@code codeHash} was made
 * @param batch the batch it was issued in; empty for invitations issued before batches
 * @param building the registered building its batch was issued for, if any
 * @param pseudonym the pseudonym of its code; empty for invitations issued before batches
 */
@API(status = STABLE, since = "0.1.0")
public record Invitation(
    String codeHash,
    Optional<String> label,
    HashKind hashKind,
    Optional<InvitationBatchId> batch,
    Optional<BuildingId> building,
    Optional<Pseudonym> pseudonym) {
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
    requireNonNull(batch, "batch");
    requireNonNull(building, "building");
    requireNonNull(pseudonym, "pseudonym");
    if (batch.isEmpty() && (building.isPresent() || pseudonym.isPresent())) {
      throw new IllegalArgumentException(
          "only an invitation of a batch names a building or a pseudonym");
    }
  }

  /** An invitation outside any batch, as they were issued before batches. */
  public Invitation(String codeHash, Optional<String> label, HashKind hashKind) {
    this(codeHash, label, hashKind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same invitation stored under another hash of its code, made as {@code kind} says. */
  public Invitation rehashed(String hash, HashKind kind) {
    return new Invitation(hash, label, kind, batch, building, pseudonym);
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
