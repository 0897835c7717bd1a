package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReleaseWavesTest {
  private static final WaveId MAP = WaveId.wishMap("nb");
  private static final int K = 5;

  private final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses().addWave(MAP);
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final ReleaseWaves releases = ReleaseWaves.using(statuses, clock, K);

  /** A clock the test moves on. */
  private static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static long[] ids(long from, long to) {
    return LongStream.rangeClosed(from, to).toArray();
  }

  @Test
  void aWaveNobodyClosedIsOpenAtVersionOneAndNotReleased() {
    Versioned<WaveStatus> status = releases.status(MAP);

    assertThat(status.value()).isEqualTo(WaveStatus.open(MAP));
    assertThat(status.version()).isEqualTo(1);
    assertThatThrownBy(() -> releases.requireReleased(MAP))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("is open")
        .satisfies(e -> assertThat(((NotReleasedException) e).closes()).isEmpty());
  }

  @Test
  void theFirstCloseCutsStateOneWithTheRespondentsPresent() {
    statuses.respond(MAP, ids(1, 12));

    Closing closing = releases.close(MAP, 1);

    assertThat(closing).isInstanceOf(Closing.Cut.class);
    ReleaseState state = ((Closing.Cut) closing).state();
    assertThat(state.sequence()).isEqualTo(1);
    assertThat(state.cutAt()).isEqualTo(clock.instant());
    assertThat(state.respondents()).containsExactly(ids(1, 12));
    assertThat(closing.status().value().closed()).isTrue();
    assertThat(closing.status().version()).isEqualTo(2);
    assertThat(releases.requireReleased(MAP)).isEqualTo(state);
    assertThat(releases.states(MAP)).containsExactly(state);
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    assertThatThrownBy(() -> releases.close(MAP, 7)).isInstanceOf(ConflictException.class);
    assertThat(releases.states(MAP)).isEmpty();
    assertThat(releases.status(MAP).value().closed()).isFalse();
  }

  @Test
  void anUnknownWaveIsNotFound() {
    WaveId missing = WaveId.measurement("nowhere");

    assertThatThrownBy(() -> releases.status(missing)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> releases.close(missing, 1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> releases.requireReleased(missing))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void closingAClosedWaveChangesNothing() {
    statuses.respond(MAP, ids(1, 10));
    long closed = releases.close(MAP, 1).status().version();

    Closing again = releases.close(MAP, closed);

    assertThat(again).isInstanceOf(Closing.Kept.class);
    assertThat(((Closing.Kept) again).reason()).isEqualTo(Closing.Reason.ALREADY_CLOSED);
    assertThat(again.status().version()).isEqualTo(closed);
    assertThat(releases.states(MAP)).hasSize(1);
  }

  @Test
  void aReopenedWaveIsNotReleasedUntilItClosesAgain() {
    statuses.respond(MAP, ids(1, 10));
    long v = releases.close(MAP, 1).status().version();

    releases.open(MAP, Optional.empty(), v);

    assertThatThrownBy(() -> releases.requireReleased(MAP))
        .isInstanceOf(NotReleasedException.class);
  }

  @Test
  void closingAgainAfterFewerThanKChangesKeepsTheLastState() {
    statuses.respond(MAP, ids(1, 10));
    ReleaseState first = ((Closing.Cut) releases.close(MAP, 1)).state();
    long v = releases.open(MAP, Optional.empty(), 2).version();
    // Two added and two erased: four changes, one short of k.
    statuses.respond(MAP, 11, 12).erase(MAP, 1, 2);

    Closing closing = releases.close(MAP, v);

    assertThat(closing).isInstanceOf(Closing.Kept.class);
    Closing.Kept kept = (Closing.Kept) closing;
    assertThat(kept.reason()).isEqualTo(Closing.Reason.TOO_FEW_CHANGES);
    assertThat(kept.last()).contains(first);
    assertThat(kept.detail()).contains("4 respondents", "fewer than 5", "state 1 stays");
    assertThat(kept.status().value().closed()).isTrue();
    assertThat(releases.requireReleased(MAP)).isEqualTo(first);
  }

  @Test
  void closingAgainAfterKChangesCutsTheNextState() {
    statuses.respond(MAP, ids(1, 10));
    releases.close(MAP, 1);
    long v = releases.open(MAP, Optional.empty(), 2).version();
    statuses.respond(MAP, 11, 12, 13).erase(MAP, 1, 2);

    Closing closing = releases.close(MAP, v);

    assertThat(closing).isInstanceOf(Closing.Cut.class);
    ReleaseState second = ((Closing.Cut) closing).state();
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.respondents()).containsExactly(ids(3, 13));
    assertThat(releases.requireReleased(MAP)).isEqualTo(second);
    assertThat(releases.states(MAP)).extracting(ReleaseState::sequence).containsExactly(1, 2);
  }

  @Test
  void theAcceptanceSeesEveryEarlierStateAndCanRefuseTheNext() {
    List<List<ReleaseState>> seen = new ArrayList<>();
    ReleaseWaves judged =
        ReleaseWaves.using(
            statuses,
            clock,
            K,
            (previous, candidate) -> {
              seen.add(previous);
              return candidate.sequence() == 1
                  ? StateVerdict.accepted()
                  : StateVerdict.refused("it would single out a late respondent");
            });
    statuses.respond(MAP, ids(1, 10));
    ReleaseState first = ((Closing.Cut) judged.close(MAP, 1)).state();
    long v = judged.open(MAP, Optional.empty(), 2).version();
    statuses.respond(MAP, ids(11, 20));

    Closing closing = judged.close(MAP, v);

    assertThat(seen).containsExactly(List.of(), List.of(first));
    Closing.Kept kept = (Closing.Kept) closing;
    assertThat(kept.reason()).isEqualTo(Closing.Reason.REFUSED);
    assertThat(kept.detail()).isEqualTo("it would single out a late respondent");
    assertThat(judged.requireReleased(MAP)).isEqualTo(first);
  }

  @Test
  void aClosedWaveWithoutAnAcceptedStateIsNotReleased() {
    ReleaseWaves refusing =
        ReleaseWaves.using(statuses, clock, K, (p, c) -> StateVerdict.refused("too small"));

    refusing.close(MAP, 1);

    assertThatThrownBy(() -> refusing.requireReleased(MAP))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("is closed, but none of its states");
  }

  @Test
  void anOpenWaveSaysWhenItCloses() {
    Instant closes = Instant.parse("2026-04-01T00:00:00Z");
    releases.open(MAP, Optional.of(closes), 1);

    assertThatThrownBy(() -> releases.requireReleased(MAP))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("2026-04-01T00:00:00Z")
        .satisfies(e -> assertThat(((NotReleasedException) e).closes()).contains(closes));
  }

  @Test
  void aClosingDateInThePastIsRefused() {
    assertThatThrownBy(() -> releases.open(MAP, Optional.of(clock.instant()), 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("closes");
  }

  @Test
  void passingTheClosingDateClosesTheWaveAndCutsItsStateOnce() {
    statuses.respond(MAP, ids(1, 8));
    Instant closes = clock.instant().plus(Duration.ofDays(3));
    releases.open(MAP, Optional.of(closes), 1);
    assertThat(releases.status(MAP).value().closed()).isFalse();

    clock.advance(Duration.ofDays(4));

    Versioned<WaveStatus> status = releases.status(MAP);
    assertThat(status.value().closed()).isTrue();
    assertThat(status.value().closes()).contains(closes);
    ReleaseState state = releases.requireReleased(MAP);
    assertThat(state.sequence()).isEqualTo(1);
    assertThat(state.respondents()).containsExactly(ids(1, 8));
    assertThat(releases.states(MAP)).hasSize(1);
    assertThat(releases.status(MAP).version()).isEqualTo(status.version());
  }

  @Test
  void reopeningClearsThePassedClosingDate() {
    releases.open(MAP, Optional.of(clock.instant().plusSeconds(60)), 1);
    clock.advance(Duration.ofMinutes(2));
    long v = releases.status(MAP).version();

    Versioned<WaveStatus> reopened = releases.open(MAP, Optional.empty(), v);

    assertThat(reopened.value()).isEqualTo(WaveStatus.open(MAP));
    assertThat(releases.status(MAP).value().closed()).isFalse();
  }

  @Test
  void theSymmetricDifferenceCountsAddedAndErasedIds() {
    assertThat(ReleaseState.symmetricDifference(new long[] {1, 2, 3}, new long[] {2, 3, 4, 5}))
        .isEqualTo(3);
    assertThat(ReleaseState.symmetricDifference(new long[] {}, new long[] {7})).isEqualTo(1);
    assertThat(ReleaseState.symmetricDifference(new long[] {1, 2}, new long[] {1, 2})).isZero();
  }

  @Test
  void aStateTakesOnlyAscendingPositiveIdsAndNeverChanges() {
    assertThatThrownBy(() -> new ReleaseState(MAP, 1, Instant.EPOCH, new long[] {2, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> new ReleaseState(MAP, 0, Instant.EPOCH, new long[] {}))
        .isInstanceOf(IllegalArgumentException.class);
    long[] ids = {1, 2};
    ReleaseState state = new ReleaseState(MAP, 1, Instant.EPOCH, ids);
    ids[0] = 9;
    state.respondents()[1] = 9;
    assertThat(state.respondents()).containsExactly(1, 2);
    assertThat(state).isEqualTo(new ReleaseState(MAP, 1, Instant.EPOCH, new long[] {1, 2}));
  }

  private static List<String> answers(long... ids) {
    return LongStream.of(ids).mapToObj(id -> "answer " + id).toList();
  }

  @Test
  void boundReadersGetTheLastStatesResponsesWithoutLaterOnes() {
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    releases.open(MAP, Optional.empty(), 2);
    statuses.respond(MAP, ids(1, 7));
    releases.close(MAP, 3);

    assertThat(releases.released(MAP, () -> answers(ids(1, 7)), List::of))
        .isEqualTo(answers(ids(1, 6)));
  }

  @Test
  void anErasedAnswerTheStoreKeptForTheStateLeavesTheReleaseAsItWas() {
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    statuses.erase(MAP, 3);

    List<String> released =
        releases.released(
            MAP, () -> answers(1, 2, 4, 5, 6), () -> List.of(new StoredResponse<>(3, "answer 3")));

    assertThat(released).isEqualTo(answers(ids(1, 6)));
  }

  @Test
  void anErasedAnswerNobodyKeptWithdrawsTheFigures() {
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    statuses.erase(MAP, 3);

    assertThatThrownBy(() -> releases.released(MAP, () -> answers(1, 2, 4, 5, 6), List::of))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("answers were erased");
  }

  @Test
  void aStateIsCompleteFromItsIdsWhileEveryAnswerIsLiveOrKept() {
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    ReleaseState state = releases.requireReleased(MAP);
    List<String> read = new ArrayList<>();
    Supplier<List<String>> live =
        () -> {
          read.add("live");
          return answers(1, 2, 4, 5, 6);
        };
    releases.requireComplete(state, live, List::of);
    statuses.erase(MAP, 3);

    releases.requireComplete(state, live, () -> List.of(new StoredResponse<>(3, "answer 3")));
    assertThatThrownBy(() -> releases.requireComplete(state, live, List::of))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("answers were erased");
    // The ids tell it: no answer is read.
    assertThat(read).isEmpty();
  }

  @Test
  void theSummaryOfTheReleasedStateIsThatOfTheStateAndRefusedAsIt() {
    assertThatThrownBy(() -> releases.requireReleasedSummary(MAP))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("is open");
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    releases.open(MAP, Optional.empty(), 2);
    statuses.respond(MAP, ids(7, 12));
    clock.advance(Duration.ofDays(1));
    releases.close(MAP, 3);

    StateSummary summary = releases.requireReleasedSummary(MAP);

    assertThat(summary).isEqualTo(StateSummary.of(releases.requireReleased(MAP)));
    assertThat(summary.sequence()).isEqualTo(2);
    assertThat(releases.state(summary)).isEqualTo(releases.requireReleased(MAP));
    releases.open(MAP, Optional.empty(), 4);
    assertThatThrownBy(() -> releases.requireReleasedSummary(MAP))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("is open");
    ReleaseState other = new ReleaseState(MAP, 2, summary.cutAt(), ids(1, 11));
    assertThatThrownBy(() -> releases.state(StateSummary.of(other)))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("no longer holds state 2");
  }

  @Test
  void aCheckedStateIsCheckedAgainOnlyAfterAnErasureWhereTheStoreCountsThem() {
    statuses.countingErasures();
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    StateSummary summary = releases.requireReleasedSummary(MAP);

    releases.requireComplete(summary, List::of, List::of);
    releases.requireComplete(summary, List::of, List::of);
    assertThat(statuses.idReads()).isEqualTo(2); // the close's, and the first check's

    statuses.erase(MAP, 3);
    assertThatThrownBy(() -> releases.requireComplete(summary, List::of, List::of))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("answers were erased");
    releases.requireComplete(summary, List::of, () -> List.of(new StoredResponse<>(3, "answer 3")));
    assertThat(statuses.idReads()).isEqualTo(4);
    releases.requireComplete(summary, List::of, List::of);
    assertThat(statuses.idReads()).isEqualTo(4);
  }

  @Test
  void withoutACountOfErasuresEveryCheckOfASummaryReadsTheIds() {
    statuses.respond(MAP, ids(1, 6));
    releases.close(MAP, 1);
    StateSummary summary = releases.requireReleasedSummary(MAP);

    releases.requireComplete(summary, List::of, List::of);
    statuses.erase(MAP, 3);

    assertThatThrownBy(() -> releases.requireComplete(summary, List::of, List::of))
        .isInstanceOf(NotReleasedException.class);
    assertThat(statuses.idReads()).isEqualTo(3);
  }
}
