package io.cohesion.core.privacy.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StateAcceptance;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.StateVerdict;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.StoredResponses;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@link ReleaseWaves} over a {@link WaveStatusRepository}.
 *
 * <p>A check that every answer of a state is still live or retained reads the wave's ids; where the
 * store counts erasures ({@link WaveStatusRepository#erasures}), the last check that passed is
 * remembered per wave with the count read <em>before</em> it, and trusted while the count stays:
 * without an erasure no answer leaves a wave, and retained answers go only with the next state.
 */
public final class WaveReleases implements ReleaseWaves {
  /** How many waves' passed checks are remembered; the least recently checked are dropped. */
  private static final int CHECKED_WAVES = 10_000;

  private final WaveStatusRepository statuses;
  private final Clock clock;
  private final int floor;
  private final StateAcceptance acceptance;
  private final Cache<WaveId, Complete> complete =
      CacheBuilder.newBuilder().maximumSize(CHECKED_WAVES).build();

  /** Every answer of {@code state} was live or retained when the wave's erasures were counted. */
  private record Complete(StateSummary state, long erasures) {}

  public WaveReleases(
      WaveStatusRepository statuses, Clock clock, int floor, StateAcceptance acceptance) {
    this.statuses = requireNonNull(statuses, "statuses");
    this.clock = requireNonNull(clock, "clock");
    if (floor < 1) {
      throw new IllegalArgumentException("the disclosure floor is at least 1, got " + floor);
    }
    this.floor = floor;
    this.acceptance = requireNonNull(acceptance, "acceptance");
  }

  @Override
  public Versioned<WaveStatus> status(WaveId wave) {
    return settled(wave);
  }

  @Override
  public List<ReleaseState> states(WaveId wave) {
    find(wave);
    return statuses.states(wave);
  }

  @Override
  public Closing close(WaveId wave, long expectedVersion) {
    Versioned<WaveStatus> current = settled(wave);
    requireVersion(current, expectedVersion);
    if (current.value().closed()) {
      return new Closing.Kept(
          current,
          last(statuses.states(wave)),
          Closing.Reason.ALREADY_CLOSED,
          wave + " is closed already");
    }
    return cut(current, new WaveStatus(wave, true, Optional.empty()), clock.instant());
  }

  @Override
  public Versioned<WaveStatus> open(WaveId wave, Optional<Instant> closes, long expectedVersion) {
    requireNonNull(closes, "closes");
    Versioned<WaveStatus> current = settled(wave);
    requireVersion(current, expectedVersion);
    Instant now = clock.instant();
    closes.ifPresent(
        c ->
            ValidationException.require(
                c.isAfter(now),
                "closes",
                "an open wave closes later than now (" + now + "), got " + c));
    WaveStatus next = new WaveStatus(wave, false, closes);
    if (next.equals(current.value())) {
      return current;
    }
    return statuses.update(next, expectedVersion, Optional.empty());
  }

  @Override
  public ReleaseState requireReleased(WaveId wave) {
    requireClosed(wave);
    return last(statuses.states(wave)).orElseThrow(() -> noState(wave));
  }

  @Override
  public StateSummary requireReleasedSummary(WaveId wave) {
    requireClosed(wave);
    return statuses.lastState(wave).orElseThrow(() -> noState(wave));
  }

  @Override
  public ReleaseState state(StateSummary summary) {
    return statuses
        .state(summary.wave(), summary.sequence())
        .filter(summary::describes)
        .orElseThrow(summary::noLongerHeld);
  }

  private void requireClosed(WaveId wave) {
    WaveStatus status = settled(wave).value();
    if (!status.closed()) {
      throw new NotReleasedException(
          wave,
          status.closes(),
          wave
              + " is open: its figures are released when it closes"
              + status.closes().map(c -> ", on " + c).orElse(" (no closing date is set)"));
    }
  }

  private static NotReleasedException noState(WaveId wave) {
    return new NotReleasedException(
        wave, Optional.empty(), wave + " is closed, but none of its states could be released");
  }

  @Override
  public <R> List<R> released(
      ReleaseState state, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    WaveId wave = state.wave();
    long[] members = state.respondents();
    StoredResponses<R> now = StoredResponses.read(statuses, wave, live);
    long[] ids = now.ids();
    List<StoredResponse<R>> kept = retained.get();
    List<R> released = new ArrayList<>(members.length);
    int i = 0;
    int j = 0;
    // Both lists ascend by id; a retained answer is no longer live, so no id is in both.
    while (i < ids.length || j < kept.size()) {
      boolean fromLive = j == kept.size() || (i < ids.length && ids[i] < kept.get(j).id());
      long id = fromLive ? ids[i] : kept.get(j).id();
      R response = fromLive ? now.responses().get(i++) : kept.get(j++).response();
      if (Arrays.binarySearch(members, id) >= 0) {
        released.add(response);
      }
    }
    if (released.size() != members.length) {
      throw erased(wave);
    }
    return released;
  }

  @Override
  public <R> void requireComplete(
      ReleaseState state, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    long[] members = state.respondents();
    long[] ids = statuses.respondents(state.wave());
    List<StoredResponse<R>> kept = retained.get();
    long[] keptIds = new long[kept.size()];
    for (int i = 0; i < keptIds.length; i++) {
      keptIds[i] = kept.get(i).id();
    }
    Arrays.sort(keptIds);
    for (long member : members) {
      if (Arrays.binarySearch(ids, member) < 0 && Arrays.binarySearch(keptIds, member) < 0) {
        throw erased(state.wave());
      }
    }
  }

  @Override
  public <R> void requireComplete(
      StateSummary summary, Supplier<List<R>> live, Supplier<List<StoredResponse<R>>> retained) {
    WaveId wave = summary.wave();
    // Counted before anything else is read: an erasure after this raises the count, so the next
    // check reads the ids again even if this one did not see the erasure.
    OptionalLong erasures = statuses.erasures(wave);
    if (erasures.isPresent()
        && new Complete(summary, erasures.getAsLong()).equals(complete.getIfPresent(wave))) {
      return;
    }
    requireComplete(state(summary), live, retained);
    erasures.ifPresent(count -> complete.put(wave, new Complete(summary, count)));
  }

  /**
   * Answers of the state were erased and not kept for it. Figures over the rest would differ from
   * the released ones by exactly those residents: they are withdrawn until a new state is cut.
   */
  private static NotReleasedException erased(WaveId wave) {
    return new NotReleasedException(
        wave,
        Optional.empty(),
        wave
            + " changed since its last release state (answers were erased); its figures"
            + " return when a new state is cut");
  }

  @Override
  public void requireOpen(WaveId wave) {
    if (settled(wave).value().closed()) {
      throw new io.cohesion.core.ConflictException(
          wave
              + " is closed: its figures are those of its last release state. A coordinator"
              + " reopens it to take in late answers.");
    }
  }

  private Versioned<WaveStatus> find(WaveId wave) {
    return statuses
        .find(requireNonNull(wave, "wave"))
        .orElseThrow(() -> new NotFoundException(wave.kind().label(), wave.id()));
  }

  /**
   * The status of {@code wave}, after closing it if its closing date has come. When another caller
   * closes it at the same time, theirs counts and is read back.
   */
  private Versioned<WaveStatus> settled(WaveId wave) {
    Versioned<WaveStatus> current = find(wave);
    Instant now = clock.instant();
    if (!current.value().isDueAt(now)) {
      return current;
    }
    WaveStatus closed = new WaveStatus(wave, true, current.value().closes());
    try {
      return cut(current, closed, now).status();
    } catch (ConflictException e) {
      return find(wave);
    }
  }

  /** Stores {@code closed} over {@code current}, with the next state if one may be cut. */
  private Closing cut(Versioned<WaveStatus> current, WaveStatus closed, Instant now) {
    WaveId wave = closed.wave();
    List<ReleaseState> previous = statuses.states(wave);
    Optional<ReleaseState> last = last(previous);
    long[] respondents = statuses.respondents(wave);
    if (last.isPresent()) {
      int changes = last.get().changesTo(respondents);
      if (changes < floor) {
        return new Closing.Kept(
            statuses.update(closed, current.version(), Optional.empty()),
            last,
            Closing.Reason.TOO_FEW_CHANGES,
            changes
                + " respondents were added or erased since state "
                + last.get().sequence()
                + ", fewer than "
                + floor
                + ": state "
                + last.get().sequence()
                + " stays released");
      }
    }
    int sequence = last.map(s -> s.sequence() + 1).orElse(1);
    ReleaseState candidate = new ReleaseState(wave, sequence, now, respondents);
    StateVerdict verdict = acceptance.judge(previous, candidate);
    if (verdict instanceof StateVerdict.Refused refused) {
      return new Closing.Kept(
          statuses.update(closed, current.version(), Optional.empty()),
          last,
          Closing.Reason.REFUSED,
          refused.reason());
    }
    return new Closing.Cut(
        statuses.update(closed, current.version(), Optional.of(candidate)), candidate);
  }

  private static void requireVersion(Versioned<WaveStatus> current, long expected) {
    if (current.version() != expected) {
      throw new ConflictException(
          "the status of "
              + current.value().wave()
              + " is at version "
              + current.version()
              + ", not the expected version "
              + expected);
    }
  }

  private static Optional<ReleaseState> last(List<ReleaseState> states) {
    return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
  }
}
