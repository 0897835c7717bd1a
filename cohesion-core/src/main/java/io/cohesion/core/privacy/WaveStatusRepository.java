package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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

  /**
   * The summary of the wave's last state, without its ids: what a read of figures already released
   * from it needs. A store keeps the summary when it stores the state; the default reads every
   * state with its ids and hashes the last one's.
   *
   * @return empty when the wave has no state (or does not exist)
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default Optional<StateSummary> lastState(WaveId wave) {
    List<ReleaseState> states = states(wave);
    return states.isEmpty()
        ? Optional.empty()
        : Optional.of(StateSummary.of(states.get(states.size() - 1)));
  }

  /**
   * The state of the wave with this sequence, with its ids. The default reads every state.
   *
   * @return empty when the wave has no such state (or does not exist)
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default Optional<ReleaseState> state(WaveId wave, int sequence) {
    return states(wave).stream().filter(s -> s.sequence() == sequence).findFirst();
  }

  /**
   * A count of the erasures ({@link ResponseStore#erase}) that removed responses of the wave:
   * raised in the same transaction as each such erasure, and never lowered while the wave exists.
   * While it stays the same, no answer of the wave has left it, so a check that found every answer
   * of a state still live or retained ({@link ReleaseWaves#requireComplete(StateSummary,
   * java.util.function.Supplier, java.util.function.Supplier)}) holds as it did, without reading
   * the ids again (retained answers go only with the next state's cut or with the wave). A store
   * keeps it only if its erasures are the only way a response leaves a wave.
   *
   * @return empty when the store keeps no such count (the default): then every such check reads the
   *     ids; 0 for a wave no erasure reached
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default OptionalLong erasures(WaveId wave) {
    return OptionalLong.empty();
  }
}
