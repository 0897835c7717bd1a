package io.cohesion.core.privacy;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import java.util.List;
import java.util.Optional;

/** Keeps invitations (as code hashes) and which waves each code was used in. */
public interface InvitationRepository {

  /**
   * Stores a batch of invitations in one transaction.
   *
   * @throws io.cohesion.core.ConflictException when a code hash is stored already (then nothing of
   *     the batch is)
   */
  void saveAll(List<Invitation> invitations);

  /** The invitation with this code hash, if any. */
  Optional<Invitation> find(String codeHash);

  /** The invitations, ordered by label and then code hash. */
  Page<Invitation> list(PageRequest page);

  /**
   * Marks a code as used in a wave, atomically.
   *
   * @param codeHash the hash of a stored code
   * @param wave the wave, for example {@code wish-map/nij-beets-2024}
   * @return true the first time the code is used in this wave, false every later time
   * @throws io.cohesion.core.NotFoundException when no invitation has this hash
   */
  boolean redeem(String codeHash, String wave);
}
