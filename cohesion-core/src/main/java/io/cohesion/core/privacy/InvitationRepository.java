package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps invitations as code hashes. Which waves a code answered is not kept here: a code answers a
 * wave once because its pseudonym answers a wave once ({@link ResponseStore}).
 *
 * <p>The verbs are those of every repository where they apply ({@code create}, {@code find}, {@code
 * list}), but an invitation is not a {@link io.cohesion.core.VersionedRepository versioned}
 * aggregate: it is created in a batch, handed out, and never edited, so it has no version, no
 * update and no delete. The one change it knows, {@link #rekey}, replaces its hash atomically and
 * needs no expected version: of two concurrent calls exactly one finds the old hash.
 */
@API(status = STABLE, since = "0.1.0")
public interface InvitationRepository {

  /**
   * Stores a batch of invitations in one transaction.
   *
   * @throws io.cohesion.core.ConflictException when a code hash is stored already (then nothing of
   *     the batch is)
   */
  void create(List<Invitation> invitations);

  /** The invitation with this code hash, if any. */
  Optional<Invitation> find(String codeHash);

  /** The invitations, ordered by label and then code hash. */
  Page<Invitation> list(PageRequest request);

  /**
   * Stores a code kept under its bare SHA-256 hash under its keyed hash from now on, keeping its
   * label, atomically: the first time such a code is presented, when its keyed hash can be made.
   *
   * @param legacyHash the {@link Invitation.HashKind#SHA256} hash of a stored code
   * @param codeHash the {@link Invitation.HashKind#HMAC_SHA256} hash of the same code
   * @return true if this call replaced the hash; false if no invitation holds {@code legacyHash} as
   *     a bare hash (any more: a concurrent call may have replaced it first)
   */
  boolean rekey(String legacyHash, String codeHash);

  /**
   * How the codes of each batch answered {@code wave}: per batch and building, the codes issued and
   * those whose pseudonym has a response stored in the wave. Invitations outside a batch are not
   * counted. Ordered by batch id, then building id (none first). A wave that does not exist has no
   * responses: every code counts as unused.
   *
   * <p>A default that refuses, so that stores written against 0.1 still compile; the stores of this
   * library all count.
   *
   * @throws UnsupportedOperationException when the store cannot count
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  default List<InvitationTally> tally(WaveId wave) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not count the use of invitation codes");
  }
}
