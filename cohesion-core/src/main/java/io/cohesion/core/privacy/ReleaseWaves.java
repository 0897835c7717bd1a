package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.internal.WaveReleases;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Opens and closes waves (wish maps and measurements) and keeps the release states their closes
 * cut: the foundation of disclosure control (use case, a port in). A wave's figures are released to
 * callers bound by disclosure control only once it is closed, by its coordinator or on its closing
 * date, and then as its last state; see docs/api.md#open-and-closed-waves.
 *
 * <p>A wave open past its closing date counts as closed: the first call that reads its status after
 * that date closes it and cuts its state, so several servers over one store agree on it.
 */
@API(status = STABLE, since = "0.1.0")
public interface ReleaseWaves {

  /**
   * The use case on {@code statuses}, telling the time by {@code clock}; a later state needs at
   * least {@code floor} respondents added or erased since the last one, and nothing else.
   *
   * @param floor the disclosure floor k, at least 1
   */
  static ReleaseWaves using(WaveStatusRepository statuses, Clock clock, int floor) {
    return using(statuses, clock, floor, StateAcceptance.acceptAll());
  }

  /**
   * The use case on {@code statuses}, telling the time by {@code clock}; a later state needs at
   * least {@code floor} respondents added or erased since the last one and then the verdict of
   * {@code acceptance}, which also judges a first state.
   *
   * @param floor the disclosure floor k, at least 1
   */
  static ReleaseWaves using(
      WaveStatusRepository statuses, Clock clock, int floor, StateAcceptance acceptance) {
    return new WaveReleases(statuses, clock, floor, acceptance);
  }

  /**
   * The status of a wave at its version, closing it first if its closing date has come.
   *
   * @throws NotFoundException if the wave does not exist
   */
  Versioned<WaveStatus> status(WaveId wave);

  /** The states cut for a wave, oldest first. */
  List<ReleaseState> states(WaveId wave);

  /**
   * Closes a wave. A first close cuts state 1 if the acceptance allows it. Closing a reopened wave
   * cuts the next state only if at least k respondents were added or erased since the last state
   * (the size of the symmetric difference of the two sets of response ids) and the acceptance
   * allows it; otherwise the last state stays released, and the answer says why. Closing a closed
   * wave changes nothing.
   *
   * @throws NotFoundException if the wave does not exist
   * @throws ConflictException if its status changed since {@code expectedVersion}
   */
  Closing close(WaveId wave, long expectedVersion);

  /**
   * Opens a wave (or reopens it: its states stay, but are not released while it is open), with the
   * date it closes by itself if {@code closes} is given. On an open wave this sets or clears its
   * closing date.
   *
   * @throws ValidationException if {@code closes} is not later than now
   * @throws NotFoundException if the wave does not exist
   * @throws ConflictException if its status changed since {@code expectedVersion}
   */
  Versioned<WaveStatus> open(WaveId wave, Optional<Instant> closes, long expectedVersion);

  /**
   * The state a caller bound by disclosure control may see figures of: the last state of a closed
   * wave.
   *
   * @throws NotReleasedException if the wave is open (saying when it closes, if it has a date), or
   *     closed without a state
   * @throws NotFoundException if the wave does not exist
   */
  ReleaseState requireReleased(WaveId wave);

  /**
   * The responses of the wave's last released state: those of {@code live} the state holds, and
   * those erased since that the store kept for the state ({@link ResponseStore#retained}), in
   * ascending id order. An erasure therefore changes no released figure: the state stays as it was
   * until the next one is cut.
   *
   * @param live reads every response of the wave now, in ascending id order (the order stored)
   * @param retained reads the answers the store retained for the state
   * @throws NotReleasedException when the wave is open or has no state, or when responses of the
   *     state are neither live nor retained (a store that keeps none): figures over the others
   *     would differ from the released ones by exactly those residents, so they are withdrawn until
   *     a new state is cut
   */
  default <R> List<R> released(
      WaveId wave, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    return released(requireReleased(wave), live, retained);
  }

  /**
   * {@link #released(WaveId, Supplier, Supplier)} of a state the caller has already required
   * ({@link #requireReleased}), so that one read asks for the wave's status once.
   *
   * @throws NotReleasedException when responses of the state are neither live nor retained
   */
  <R> List<R> released(
      ReleaseState state, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained);

  /**
   * Checks that {@link #released(ReleaseState, Supplier, Supplier)} of {@code state} would succeed,
   * without handing the answers back: every response of the state is still live or retained. What
   * lets figures computed from the state once be served again: while it holds, the state's answers
   * are the same as when they were computed; once a resident's answer is erased and not retained,
   * they are withdrawn. The default reads the answers; a store of statuses answers from the ids
   * alone.
   *
   * @param live reads every response of the wave now, in ascending id order
   * @param retained reads the answers the store retained for the state
   * @throws NotReleasedException when responses of the state are neither live nor retained
   */
  default <R> void requireComplete(
      ReleaseState state, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    released(state, live, retained);
  }

  /**
   * {@link #requireReleased} without the state's ids: the summary of the last state of a closed
   * wave, for a read that serves figures already computed from it. The default reads the state.
   *
   * @throws NotReleasedException if the wave is open (saying when it closes, if it has a date), or
   *     closed without a state
   * @throws NotFoundException if the wave does not exist
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default StateSummary requireReleasedSummary(WaveId wave) {
    return StateSummary.of(requireReleased(wave));
  }

  /**
   * The state {@code summary} describes, with its ids.
   *
   * @throws NotReleasedException when the wave holds no such state any more (it was deleted, and
   *     perhaps made anew, since the summary was read)
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default ReleaseState state(StateSummary summary) {
    return states(summary.wave()).stream()
        .filter(summary::describes)
        .findFirst()
        .orElseThrow(summary::noLongerHeld);
  }

  /**
   * {@link #requireComplete(ReleaseState, Supplier, Supplier)} of the state {@code summary}
   * describes, with the same answer. The default reads the state's ids every time; a store that
   * counts erasures ({@link WaveStatusRepository#erasures}) lets the check read them only when an
   * erasure reached the wave since the check last passed.
   *
   * @throws NotReleasedException when responses of the state are neither live nor retained, or the
   *     wave no longer holds the state
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default <R> void requireComplete(
      StateSummary summary, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    requireComplete(state(summary), live, retained);
  }

  /**
   * Refuses a new answer to a closed wave: a closed wave's figures are those of its last state, so
   * new answers wait for the coordinator to reopen it (docs/privacy.md).
   *
   * @throws io.cohesion.core.ConflictException when the wave is closed
   */
  void requireOpen(WaveId wave);
}
