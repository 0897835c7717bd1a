package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link WaveStatusRepository} does, for wish maps and measurements alike. */
public abstract class WaveStatusRepositoryContract extends StoreContract {
  private static final Instant CUT = Instant.parse("2026-03-01T12:34:56.123456789Z");

  private WaveStatusRepository repository() {
    return stores.waveStatuses();
  }

  private WaveId wishMap(String id) {
    stores.wishMaps().create(Fixtures.wishMap(id));
    return WaveId.wishMap(id);
  }

  private WaveId measurement(String id) {
    if (stores.scales().find(new io.cohesion.core.trust.ScaleId("cohesion")).isEmpty()) {
      stores.scales().create(Fixtures.scale("cohesion"));
    }
    stores
        .measurements()
        .create(
            Fixtures.measurement(
                id,
                new io.cohesion.core.trust.ScaleId("cohesion"),
                "before",
                LocalDate.of(2026, 1, 1)));
    return WaveId.measurement(id);
  }

  private long answerWishMap(String map, String respondent) {
    return stores
        .wishMapResponses()
        .submit(
            new WishMapId(map), Fixtures.wishMapResponse(respondent, 1, "young"), Optional.empty())
        .id();
  }

  private long answerMeasurement(String measurement, String respondent) {
    return stores
        .measurementResponses()
        .submit(
            new MeasurementId(measurement),
            Fixtures.measurementResponse(respondent, 1, "Dorpsstraat"),
            Optional.empty())
        .id();
  }

  private static WaveStatus closed(WaveId wave) {
    return new WaveStatus(wave, true, Optional.empty());
  }

  @Test
  void aWaveWithoutAStoredStatusIsOpenAtVersionOne() {
    WaveId map = wishMap("nb");
    WaveId m = measurement("before");

    assertThat(repository().find(map)).contains(new Versioned<>(WaveStatus.open(map), 1));
    assertThat(repository().find(m)).contains(new Versioned<>(WaveStatus.open(m), 1));
    assertThat(repository().states(map)).isEmpty();
  }

  @Test
  void anUnknownWaveHasNoStatus() {
    wishMap("nb");

    assertThat(repository().find(WaveId.measurement("nb"))).isEmpty();
    assertThat(repository().find(WaveId.wishMap("elsewhere"))).isEmpty();
    assertThat(repository().states(WaveId.wishMap("elsewhere"))).isEmpty();
    assertThatThrownBy(() -> repository().respondents(WaveId.wishMap("elsewhere")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> repository().update(closed(WaveId.wishMap("elsewhere")), 1, Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keepsAStatusWithItsClosingDateExactly() {
    WaveId map = wishMap("nb");
    WaveStatus open = new WaveStatus(map, false, Optional.of(CUT));

    Versioned<WaveStatus> stored = repository().update(open, 1, Optional.empty());

    assertThat(stored).isEqualTo(new Versioned<>(open, 2));
    assertThat(repository().find(map)).contains(stored);
    Versioned<WaveStatus> closed = repository().update(closed(map), 2, Optional.empty());
    assertThat(repository().find(map)).contains(closed);
    assertThat(closed.version()).isEqualTo(3);
  }

  @Test
  void aStaleVersionIsAConflictAndStoresNeitherStatusNorState() {
    WaveId map = wishMap("nb");
    repository().update(closed(map), 1, Optional.empty());
    ReleaseState state = new ReleaseState(map, 1, CUT, new long[] {1});

    assertThatThrownBy(() -> repository().update(WaveStatus.open(map), 1, Optional.of(state)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(map).orElseThrow().value().closed()).isTrue();
    assertThat(repository().states(map)).isEmpty();
  }

  @Test
  void keepsStatesOldestFirstWithTheirRespondentsExactly() {
    WaveId map = wishMap("nb");
    long[] many = LongStream.iterate(3, i -> i + 1 + i % 7).limit(5_000).toArray();
    ReleaseState first = new ReleaseState(map, 1, CUT, new long[] {1, 2, 300_000_000_000L});
    ReleaseState second = new ReleaseState(map, 2, CUT.plusSeconds(86_400), many);
    ReleaseState empty = new ReleaseState(map, 3, CUT.plusSeconds(2 * 86_400), new long[0]);

    repository().update(closed(map), 1, Optional.of(first));
    repository().update(WaveStatus.open(map), 2, Optional.empty());
    repository().update(closed(map), 3, Optional.of(second));
    repository().update(WaveStatus.open(map), 4, Optional.empty());
    repository().update(closed(map), 5, Optional.of(empty));

    assertThat(repository().states(map)).containsExactly(first, second, empty);
    assertThat(repository().find(map).orElseThrow().version()).isEqualTo(6);
  }

  @Test
  void aStateWhoseSequenceIsTakenIsAConflictAndChangesNothing() {
    WaveId map = wishMap("nb");
    ReleaseState first = new ReleaseState(map, 1, CUT, new long[] {1});
    repository().update(closed(map), 1, Optional.of(first));
    repository().update(WaveStatus.open(map), 2, Optional.empty());

    assertThatThrownBy(
            () ->
                repository()
                    .update(
                        closed(map), 3, Optional.of(new ReleaseState(map, 1, CUT, new long[] {2}))))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(map).orElseThrow())
        .isEqualTo(new Versioned<>(WaveStatus.open(map), 3));
    assertThat(repository().states(map)).containsExactly(first);
  }

  @Test
  void wavesOfBothKindsWithOneIdAreApart() {
    WaveId map = wishMap("same");
    WaveId m = measurement("same");
    ReleaseState state = new ReleaseState(map, 1, CUT, new long[] {4});

    repository().update(closed(map), 1, Optional.of(state));

    assertThat(repository().find(m)).contains(new Versioned<>(WaveStatus.open(m), 1));
    assertThat(repository().states(m)).isEmpty();
    assertThat(repository().states(map)).containsExactly(state);
  }

  @Test
  void theRespondentsAreTheIdsOfTheResponsesStoredNowAscending() {
    WaveId map = wishMap("nb");
    WaveId other = wishMap("zb");
    WaveId m = measurement("before");
    List<Long> ids = new ArrayList<>();
    for (String who : List.of("ann", "bob", "cas")) {
      ids.add(answerWishMap("nb", who));
    }
    answerWishMap("zb", "dirk");
    long measured = answerMeasurement("before", "ann");

    assertThat(repository().respondents(map))
        .containsExactly(ids.stream().mapToLong(Long::longValue).sorted().toArray());
    assertThat(repository().respondents(m)).containsExactly(measured);

    stores.wishMapResponses().erase(new Pseudonym("bob"));

    assertThat(repository().respondents(map))
        .containsExactly(LongStream.of(ids.get(0), ids.get(2)).sorted().toArray());
    assertThat(repository().respondents(other)).hasSize(1);
    assertThat(repository().respondents(wishMap("empty"))).isEmpty();
  }

  @Test
  void ofTwoUpdatesAtOneVersionExactlyOneWins() throws Exception {
    WaveId map = wishMap("nb");
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      ReleaseState state = new ReleaseState(map, 1, CUT, new long[] {i});
      tasks.add(() -> repository().update(closed(map), 1, Optional.of(state)));
    }

    List<Object> outcomes = race(tasks);

    assertThat(outcomes).filteredOn(o -> o instanceof Versioned<?>).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(3);
    assertThat(repository().states(map)).hasSize(1);
    assertThat(repository().find(map).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aDeletedWaveTakesItsStatusAndStatesAlong() {
    WaveId map = wishMap("nb");
    repository().update(closed(map), 1, Optional.of(new ReleaseState(map, 1, CUT, new long[0])));

    stores.wishMaps().delete(new WishMapId("nb"), 1);

    assertThat(repository().find(map)).isEmpty();
    wishMap("nb");
    assertThat(repository().find(map)).contains(new Versioned<>(WaveStatus.open(map), 1));
    assertThat(repository().states(map)).isEmpty();
  }

  private ReleaseState cut(WaveId wave, int sequence, long... ids) {
    return new ReleaseState(wave, sequence, CUT.plusSeconds(sequence), ids);
  }

  @Test
  void anErasureKeepsTheAnswersTheLastStateHoldsUnderOneStandIn() {
    WaveId map = wishMap("nb");
    WaveId m = measurement("before");
    long ann = answerWishMap("nb", "ann");
    long bob = answerWishMap("nb", "bob");
    long annMeasured = answerMeasurement("before", "ann");
    repository().update(closed(map), 1, Optional.of(cut(map, 1, ann, bob)));
    repository().update(closed(m), 1, Optional.of(cut(m, 1, annMeasured)));

    assertThat(stores.wishMapResponses().erase(new Pseudonym("ann"))).isEqualTo(1);
    assertThat(stores.measurementResponses().erase(new Pseudonym("ann"))).isEqualTo(1);

    var kept = stores.wishMapResponses().retained(new WishMapId("nb"));
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).id()).isEqualTo(ann);
    Pseudonym standIn = kept.get(0).response().respondent();
    assertThat(standIn.value()).startsWith(Pseudonym.STAND_IN_PREFIX).doesNotContain("ann");
    assertThat(kept.get(0).response())
        .isEqualTo(Fixtures.wishMapResponse("ann", 1, "young").withRespondent(standIn));
    // Gone from everything else at once.
    assertThat(stores.wishMapResponses().responses(new WishMapId("nb")))
        .extracting(r -> r.respondent().value())
        .containsExactly("bob");
    assertThat(stores.wishMapResponses().count(new WishMapId("nb"))).isEqualTo(1);
    assertThat(stores.wishMapResponses().export(new Pseudonym("ann"))).isEmpty();
    assertThat(repository().respondents(map)).containsExactly(bob);
    // Each store erases on its own call; within one call the stand-in is shared by its waves.
    var measured = stores.measurementResponses().retained(new MeasurementId("before"));
    assertThat(measured).hasSize(1);
    assertThat(measured.get(0).id()).isEqualTo(annMeasured);
    assertThat(measured.get(0).response().respondent().value())
        .startsWith(Pseudonym.STAND_IN_PREFIX);
  }

  @Test
  void oneErasureGivesOneStandInInEveryWaveItTouches() {
    WaveId first = wishMap("nb");
    WaveId second = wishMap("zb");
    long a1 = answerWishMap("nb", "ann");
    long a2 = answerWishMap("zb", "ann");
    repository().update(closed(first), 1, Optional.of(cut(first, 1, a1)));
    repository().update(closed(second), 1, Optional.of(cut(second, 1, a2)));

    stores.wishMapResponses().erase(new Pseudonym("ann"));
    answerWishMap("nb", "ann2");
    stores.wishMapResponses().erase(new Pseudonym("ann2"));

    Pseudonym one =
        stores.wishMapResponses().retained(new WishMapId("nb")).get(0).response().respondent();
    assertThat(
            stores.wishMapResponses().retained(new WishMapId("zb")).get(0).response().respondent())
        .isEqualTo(one);
    // ann2 answered after the state was cut: nothing of it is kept.
    assertThat(stores.wishMapResponses().retained(new WishMapId("nb"))).hasSize(1);
  }

  @Test
  void onlyTheLastStateKeepsAnswersAndTheNextCutDropsThem() {
    WaveId map = wishMap("nb");
    long ann = answerWishMap("nb", "ann");
    long bob = answerWishMap("nb", "bob");
    long cas = answerWishMap("nb", "cas");
    repository().update(closed(map), 1, Optional.of(cut(map, 1, ann, bob, cas)));
    repository().update(WaveStatus.open(map), 2, Optional.empty());
    stores.wishMapResponses().erase(new Pseudonym("bob"));

    // Closing without a new state keeps what the last state needs.
    repository().update(closed(map), 3, Optional.empty());
    assertThat(stores.wishMapResponses().retained(new WishMapId("nb")))
        .extracting(r -> r.id())
        .containsExactly(bob);

    repository().update(WaveStatus.open(map), 4, Optional.empty());
    repository().update(closed(map), 5, Optional.of(cut(map, 2, ann, cas)));
    assertThat(stores.wishMapResponses().retained(new WishMapId("nb"))).isEmpty();

    // State 1 held ann too, but only the last state keeps answers.
    stores.wishMapResponses().erase(new Pseudonym("ann"));
    assertThat(stores.wishMapResponses().retained(new WishMapId("nb")))
        .extracting(r -> r.id())
        .containsExactly(ann);
  }

  @Test
  void aDeletedWaveTakesItsRetainedAnswersAlong() {
    WaveId map = wishMap("nb");
    long ann = answerWishMap("nb", "ann");
    repository().update(closed(map), 1, Optional.of(cut(map, 1, ann)));
    stores.wishMapResponses().erase(new Pseudonym("ann"));

    stores.wishMaps().delete(new WishMapId("nb"), 1);
    wishMap("nb");

    assertThat(stores.wishMapResponses().retained(new WishMapId("nb"))).isEmpty();
  }

  @Test
  void keepsTheSummaryOfTheLastStateAndEachStateBySequence() {
    WaveId map = wishMap("nb");
    WaveId m = measurement("before");
    long[] many = LongStream.iterate(3, i -> i + 1 + i % 7).limit(5_000).toArray();
    ReleaseState first = cut(map, 1, 1, 2, 300_000_000_000L);
    ReleaseState second = cut(map, 2, many);

    assertThat(repository().lastState(map)).isEmpty();
    repository().update(closed(map), 1, Optional.of(first));
    assertThat(repository().lastState(map)).contains(StateSummary.of(first));
    repository().update(WaveStatus.open(map), 2, Optional.empty());
    repository().update(closed(map), 3, Optional.of(second));

    assertThat(repository().lastState(map)).contains(StateSummary.of(second));
    assertThat(repository().lastState(map).orElseThrow().describes(second)).isTrue();
    assertThat(repository().state(map, 1)).contains(first);
    assertThat(repository().state(map, 2)).contains(second);
    assertThat(repository().state(map, 3)).isEmpty();
    assertThat(repository().lastState(m)).isEmpty();
    assertThat(repository().state(m, 1)).isEmpty();
    assertThat(repository().lastState(WaveId.wishMap("elsewhere"))).isEmpty();
  }

  @Test
  void countsTheErasuresThatReachEachWave() {
    WaveId map = wishMap("nb");
    WaveId other = wishMap("zb");
    WaveId m = measurement("before");
    assertThat(repository().erasures(map)).hasValue(0);
    long ann = answerWishMap("nb", "ann");
    answerWishMap("nb", "bob");
    answerWishMap("zb", "ann");
    answerMeasurement("before", "ann");
    repository().update(closed(map), 1, Optional.of(cut(map, 1, ann)));
    assertThat(repository().erasures(map)).hasValue(0);

    stores.wishMapResponses().erase(new Pseudonym("ann"));

    assertThat(repository().erasures(map)).hasValue(1);
    assertThat(repository().erasures(other)).hasValue(1);
    assertThat(repository().erasures(m)).hasValue(0);
    stores.wishMapResponses().erase(new Pseudonym("nobody"));
    stores.wishMapResponses().erase(new Pseudonym("bob"));
    answerWishMap("nb", "cas");
    repository().update(WaveStatus.open(map), 2, Optional.empty());
    repository().update(closed(map), 3, Optional.of(cut(map, 2)));
    assertThat(repository().erasures(map)).hasValue(2);
    assertThat(repository().erasures(other)).hasValue(1);
    stores.measurementResponses().erase(new Pseudonym("ann"));
    assertThat(repository().erasures(m)).hasValue(1);
    assertThat(repository().erasures(map)).hasValue(2);
  }

  /**
   * The read of released figures without the ids (a state's summary, and the check of its answers
   * against the count of erasures) answers exactly as the read with them, over random histories of
   * submissions, erasures, closes, reopens and states cut while an answer was erased (as a close
   * that read the ids just before an erasure cuts them). The cheap reader is one use case that
   * lives through the whole history, so it remembers its checks; the full one reads everything.
   */
  @Test
  void theReadWithoutIdsAnswersAsTheReadWithThemOverRandomHistories() {
    Set<String> seen = new HashSet<>();
    for (long seed = 1; seed <= 6; seed++) {
      seen.addAll(checkRandomHistory(seed, 70));
    }
    // The histories reach what the check is for: later states, and states withheld after release.
    assertThat(seen).contains("released 2", "withheld after released");
  }

  /** What the reads answered: "released" and the sequence, or "withheld after released". */
  private Set<String> checkRandomHistory(long seed, int steps) {
    Set<String> seen = new HashSet<>();
    Random random = new Random(seed);
    String id = "history-" + seed;
    WaveId wave = wishMap(id);
    WishMapId map = new WishMapId(id);
    Instant[] now = {CUT};
    Clock clock =
        new Clock() {
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
            return now[0];
          }
        };
    ReleaseWaves cheap = ReleaseWaves.using(repository(), clock, 2);
    List<String> live = new ArrayList<>();
    List<Long> everGiven = new ArrayList<>();
    int next = 0;
    List<String> history = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      now[0] = now[0].plusSeconds(1);
      boolean open = !repository().find(wave).orElseThrow().value().closed();
      int op = random.nextInt(10);
      if (op < 4 && open) {
        String who = "r" + next++;
        everGiven.add(answerWishMap(id, who));
        live.add(who);
        history.add("submit " + who);
      } else if (op < 6 && !live.isEmpty()) {
        String who = live.remove(random.nextInt(live.size()));
        stores.wishMapResponses().erase(new Pseudonym(who));
        history.add("erase " + who);
      } else if (op < 8) {
        Versioned<WaveStatus> status = cheap.status(wave);
        if (open) {
          history.add("close: " + cheap.close(wave, status.version()).getClass().getSimpleName());
        } else {
          cheap.open(wave, Optional.empty(), status.version());
          history.add("reopen");
        }
      } else if (op == 8 && open) {
        // A close that read the ids before an erasure: its state holds an answer gone since.
        long[] ids = repository().respondents(wave);
        List<Long> gone = new ArrayList<>(everGiven);
        for (long i : ids) {
          gone.remove(i);
        }
        stores.wishMapResponses().retained(map).forEach(r -> gone.remove(r.id()));
        if (!gone.isEmpty()) {
          long erased = gone.get(random.nextInt(gone.size()));
          long[] held =
              LongStream.concat(LongStream.of(ids), LongStream.of(erased)).sorted().toArray();
          int sequence = repository().states(wave).size() + 1;
          repository()
              .update(
                  closed(wave),
                  repository().find(wave).orElseThrow().version(),
                  Optional.of(new ReleaseState(wave, sequence, now[0], held)));
          history.add("cut " + sequence + " holding erased " + erased);
        }
      }
      String full = fullRead(ReleaseWaves.using(repository(), clock, 2), wave, map);
      assertThat(cheapRead(cheap, wave, map)).as("seed %d after %s", seed, history).isEqualTo(full);
      if (full.startsWith("released")) {
        seen.add("released " + repository().lastState(wave).orElseThrow().sequence());
      } else if (!repository().states(wave).isEmpty()
          && repository().find(wave).orElseThrow().value().closed()) {
        seen.add("withheld after released");
      }
    }
    return seen;
  }

  private String fullRead(ReleaseWaves releases, WaveId wave, WishMapId map) {
    try {
      ReleaseState state = releases.requireReleased(wave);
      releases.released(
          state,
          () -> stores.wishMapResponses().responses(map),
          () -> stores.wishMapResponses().retained(map));
      return "released " + StateSummary.of(state);
    } catch (NotReleasedException e) {
      return "withheld";
    }
  }

  private String cheapRead(ReleaseWaves releases, WaveId wave, WishMapId map) {
    try {
      StateSummary state = releases.requireReleasedSummary(wave);
      releases.requireComplete(
          state,
          () -> stores.wishMapResponses().responses(map),
          () -> stores.wishMapResponses().retained(map));
      return "released " + state;
    } catch (NotReleasedException e) {
      return "withheld";
    }
  }
}
