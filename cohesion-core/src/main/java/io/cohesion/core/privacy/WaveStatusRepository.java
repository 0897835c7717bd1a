package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Versioned;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps the status of every wave (open or closed) and the release states its closes cut (a port
 * out, implemented by the persistence adapters). Nothing is cached between calls: several servers
 * over one database see the same status.
 *
 * <p>A status is versioned, but it is not a {@link io.cohesion.core.VersionedRepository} of its
 * own: it exists as long as its wave (the wish map or measurement) does, open at version 1 until
 * first updated, so it is neither created nor deleted here.
 */
@API(status = STABLE, since = "0.1.0")
public interface WaveStatusRepository {

  /**
   * The status of a wave at its version.
   *
   * @return empty when no wish map or measurement has this id; a wave whose status was never stored
   *     (every wave stored before statuses existed) is open without a closing date at version 1
   */
  Optional<Versioned<WaveStatus>> find(WaveId wave);

  /**
   * Replaces a wave's status if it is still at {@code expectedVersion} and, in the same
   * transaction, stores the state {@code cut} if given: both or neither. Cutting a state drops the
   * answers retained for the wave's previous state ({@link ResponseStore#retained}).
   *
   * @param cut the next state of the wave: its sequence is one more than that of the last state
   * @return the status at the next version
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   * @throws io.cohesion.core.ConflictException when the version is another one, or a state with
   *     this sequence exists (nothing is changed)
   */
  Versioned<WaveStatus> update(WaveStatus status, long expectedVersion, Optional<ReleaseState> cut);

  /** The states cut for a wave, oldest first; empty when there are none (or no such wave). */
  List<ReleaseState> states(WaveId wave);

  /**
   * The ids of the responses the wave holds now ({@link StoredResponse#id()}), ascending: who a
   * state cut now would hold.
   *
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   */
  long[] respondents(WaveId wave);
}
