package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.internal.WishMapAnalysis;
import io.cohesion.core.testing.PortFakes;
import io.cohesion.core.testing.WishMapFakes;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The red threads released to bound audiences come from a cache: the same figures as an uncached
 * read, a new entry for every release state, audience and option, one computation for many readers,
 * and nothing served once the state's answers are gone.
 */
class CachedRedThreadTest {
  private static final int K = 3;
  private static final WishMapId WM = new WishMapId("wm");
  private static final WaveId WAVE = WaveId.wishMap("wm");
  private static final DisclosurePolicy POLICY = new DisclosurePolicy(K);
  private static final Audience BOUND = POLICY.bound();
  private static final Audience RAW = POLICY.rawData(OptionalInt.empty());

  private final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses();
  private final WishMapFakes.WishMapResponses responses =
      new WishMapFakes.WishMapResponses(statuses);
  private final WishMapFakes.WishMaps maps = new WishMapFakes.WishMaps(statuses, responses);
  private final PortFakes.Activities activities = new PortFakes.Activities();
  private final ReleaseWaves releases =
      ReleaseWaves.using(
          statuses, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), K);
  private final AtomicInteger computed = new AtomicInteger();
  private final AnalyseWishMaps cached =
      new WishMapAnalysis(
          maps,
          responses,
          activities,
          releases,
          RedThreadCaching.defaults(),
          (map, answers, options) -> {
            computed.incrementAndGet();
            return RedThreadAnalysis.analyse(map, answers, options);
          });
  private final AnalyseWishMaps uncached =
      AnalyseWishMaps.using(maps, responses, activities, releases, RedThreadCaching.off());
  private final WishMap map = map(true, 2, List.of("household"), "a", "b", "c");

  CachedRedThreadTest() {
    maps.create(map);
  }

  /** Respondents {@code from} to {@code to} (exclusive) answer, each differently. */
  private void answer(int from, int to) {
    for (int i = from; i < to; i++) {
      responses.submit(
          WM,
          respondent("r" + i)
              .imp("a", 1 + i % 5, "b", 5 - i % 5, "c", 1 + (i * 3) % 5)
              .sat("a", 2, "b", 1 + i % 4, "c", 3)
              .top(i % 2 == 0 ? "a" : "b", "c")
              .segment("household", i % 2 == 0 ? "parents" : "seniors")
              .build(),
          Optional.empty());
    }
  }

  private Closing close() {
    return releases.close(WAVE, releases.status(WAVE).version());
  }

  private void reopen() {
    releases.open(WAVE, Optional.empty(), releases.status(WAVE).version());
  }

  private static RedThreadOptions options(Audience audience) {
    return RedThreadOptions.defaults().withAudience(audience).withBootstrap(200).withSeed(7);
  }

  private RedThread read(AnalyseWishMaps analyse, RedThreadOptions options) {
    return analyse.redThread(WM, options, AnalysisBudget.unlimited());
  }

  @Test
  void aCachedReadGivesTheFiguresOfAnUncachedOneAndComputesOnce() {
    answer(0, 12);
    close();

    RedThread first = read(cached, options(BOUND));
    RedThread second = read(cached, options(BOUND));

    assertThat(first).isEqualTo(read(uncached, options(BOUND)));
    assertThat(second).isEqualTo(first);
    assertThat(first.n()).isEqualTo(12);
    assertThat(computed).hasValue(1);
  }

  @Test
  void aNewReleaseStateIsANewEntryAndAKeptStateTheSameOne() {
    answer(0, 12);
    close();
    RedThread before = read(cached, options(BOUND));

    // Fewer than k late answers cut no state: the state, and its entry, stay.
    reopen();
    answer(12, 14);
    assertThat(close()).isInstanceOf(Closing.Kept.class);
    assertThat(read(cached, options(BOUND))).isEqualTo(before);
    assertThat(computed).hasValue(1);

    // A late batch of k or more cuts a new state: new figures, computed again.
    reopen();
    answer(14, 20);
    assertThat(close()).isInstanceOf(Closing.Cut.class);
    RedThread after = read(cached, options(BOUND));

    assertThat(computed).hasValue(2);
    assertThat(after.n()).isEqualTo(20);
    assertThat(after).isNotEqualTo(before).isEqualTo(read(uncached, options(BOUND)));
  }

  @Test
  void anotherAudienceKSeedOrBootstrapNeverGetsAnothersEntry() {
    answer(0, 12);
    close();
    List<RedThreadOptions> asked =
        List.of(
            options(BOUND),
            options(POLICY.bound(OptionalInt.of(5))),
            options(new DisclosurePolicy(2).bound(OptionalInt.of(K))),
            options(BOUND).withSeed(8),
            options(BOUND).withBootstrap(100),
            options(BOUND).withBootstrap(0));

    List<RedThread> got = new ArrayList<>();
    for (RedThreadOptions options : asked) {
      got.add(read(cached, options));
    }

    assertThat(computed).hasValue(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      assertThat(got.get(i)).isEqualTo(read(uncached, asked.get(i)));
    }
    // Reading them all again computes nothing: each has its own entry.
    for (int i = 0; i < asked.size(); i++) {
      assertThat(read(cached, asked.get(i))).isEqualTo(got.get(i));
    }
    assertThat(computed).hasValue(asked.size());
  }

  @Test
  void aCoordinatorsLiveReadIsNeverKeptNorServedToABoundReader() {
    answer(0, 12);
    RedThread live = read(cached, options(RAW));
    assertThat(live.n()).isEqualTo(12);
    assertThatThrownBy(() -> read(cached, options(BOUND))).isInstanceOf(NotReleasedException.class);
    close();
    read(cached, options(RAW));
    assertThat(computed).hasValue(2);

    RedThread released = read(cached, options(BOUND));
    assertThat(computed).hasValue(3);
    assertThat(released).isEqualTo(read(uncached, options(BOUND)));

    // Live figures are computed on every read, also when a bound reader's entry exists.
    reopen();
    answer(12, 13);
    assertThat(read(cached, options(RAW)).n()).isEqualTo(13);
    assertThat(computed).hasValue(4);
    assertThatThrownBy(() -> read(cached, options(BOUND))).isInstanceOf(NotReleasedException.class);
  }

  @Test
  void manyReadersAtOnceWaitForOneComputation() throws Exception {
    answer(0, 12);
    close();
    int readers = 30;
    CountDownLatch asking = new CountDownLatch(readers);
    AtomicInteger slow = new AtomicInteger();
    AnalyseWishMaps analyse =
        new WishMapAnalysis(
            maps,
            responses,
            activities,
            releases,
            RedThreadCaching.defaults(),
            (m, answers, options) -> {
              slow.incrementAndGet();
              // Holds the computation until every reader has asked, so they ask while it runs.
              try {
                asking.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return RedThreadAnalysis.analyse(m, answers, options);
            });
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      List<Future<RedThread>> reads = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        reads.add(
            pool.submit(
                () -> {
                  asking.countDown();
                  return read(analyse, options(BOUND));
                }));
      }
      RedThread expected = read(uncached, options(BOUND));
      for (Future<RedThread> r : reads) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(slow).hasValue(1);
  }

  @Test
  void anErasureTheStoreDidNotRetainWithdrawsTheCachedFigures() {
    erasureNotRetainedWithdrawsTheCachedFigures();
  }

  /**
   * Where the store counts erasures, a state whose answers were all there is not checked again
   * until an erasure reaches the wave: the one after the check withdraws the figures as surely.
   */
  @Test
  void anErasureAfterTheCheckWithdrawsTheCachedFiguresWhereTheStoreCountsErasures() {
    statuses.countingErasures();
    erasureNotRetainedWithdrawsTheCachedFigures();
  }

  @Test
  void aCachedReadOfACheckedStateReadsNoIdsWhereTheStoreCountsErasures() {
    statuses.countingErasures();
    answer(0, 12);
    close();
    RedThread first = read(cached, options(BOUND));
    int afterFirst = statuses.idReads();

    for (int i = 0; i < 5; i++) {
      assertThat(read(cached, options(BOUND))).isEqualTo(first);
    }

    assertThat(statuses.idReads()).isEqualTo(afterFirst);
    // Another seed is computed afresh, over the state's answers.
    assertThat(read(cached, options(BOUND).withSeed(8)).n()).isEqualTo(12);
    // An erasure elsewhere in the store's history of this wave: checked once more, then not.
    reopen();
    answer(12, 13);
    responses.erase(new Pseudonym("r12"));
    assertThat(close()).isInstanceOf(Closing.Kept.class);
    int beforeRecheck = statuses.idReads();
    assertThat(read(cached, options(BOUND))).isEqualTo(first);
    assertThat(statuses.idReads()).isEqualTo(beforeRecheck + 1);
    assertThat(read(cached, options(BOUND))).isEqualTo(first);
    assertThat(statuses.idReads()).isEqualTo(beforeRecheck + 1);
    assertThat(computed).hasValue(2);
  }

  private void erasureNotRetainedWithdrawsTheCachedFigures() {
    answer(0, 12);
    close();
    read(cached, options(BOUND));

    // This store keeps no answers for release states: the state cannot be released any more.
    assertThat(responses.erase(new Pseudonym("r3"))).isEqualTo(1);

    assertThatThrownBy(() -> read(uncached, options(BOUND)))
        .isInstanceOf(NotReleasedException.class);
    assertThatThrownBy(() -> read(cached, options(BOUND)))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("erased");
    assertThat(computed).hasValue(1);

    // The next state is cut without the erased answer, and computed afresh.
    reopen();
    answer(12, 15);
    assertThat(close()).isInstanceOf(Closing.Cut.class);
    assertThat(read(cached, options(BOUND)).n()).isEqualTo(14);
    assertThat(computed).hasValue(2);
  }

  @Test
  void aDeletedWishMapServesNothing() {
    answer(0, 4);
    close();
    read(cached, options(BOUND));
    for (int i = 0; i < 4; i++) {
      responses.erase(new Pseudonym("r" + i));
    }
    maps.delete(WM, maps.find(WM).orElseThrow().version());

    assertThatThrownBy(() -> read(cached, options(BOUND))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aNewVersionOfTheWishMapIsANewEntry() {
    answer(0, 12);
    close();
    read(cached, options(BOUND));
    WishMap relabelled =
        new WishMap(
            map.id(),
            map.values(),
            map.importanceScale(),
            map.satisfactionScale(),
            3,
            map.segments(),
            map.mobilisation());
    maps.update(relabelled, maps.find(WM).orElseThrow().version());

    RedThread after = read(cached, options(BOUND));

    assertThat(computed).hasValue(2);
    assertThat(after).isEqualTo(read(uncached, options(BOUND)));
  }

  @Test
  void theBudgetIsCheckedOnEveryReadAlsoWhenTheFiguresAreKept() {
    answer(0, 12);
    close();
    read(cached, options(BOUND));

    assertThatThrownBy(
            () -> cached.redThread(WM, options(BOUND), new AnalysisBudget(200L * 12 - 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bootstrap");
    assertThat(cached.redThread(WM, options(BOUND), new AnalysisBudget(200L * 12)).n())
        .isEqualTo(12);
    assertThat(computed).hasValue(1);
  }
}
