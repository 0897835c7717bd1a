package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Throwables;
import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ResponseStore} does, whatever kind of response it keeps. The two kinds extend
 * it with their own waves and responses.
 *
 * @param <W> the wave id
 * @param <R> the response
 */
public abstract class ResponseStoreContract<W, R> extends StoreContract {

  /** The store under test. */
  protected abstract ResponseStore<W, R> store();

  /** Stores a wave (and what it needs) and returns its id. */
  protected abstract W createWave(String id);

  /** The id of a wave that was never stored. */
  protected abstract W missingWave();

  /** A response of {@code respondent} in segment {@code segment}; variants differ in answers. */
  protected abstract R response(String respondent, int variant, String segment);

  /** The segment column that {@link #response} fills. */
  protected abstract String segmentColumn();

  private static Optional<IdempotencyKey> key(String key) {
    return Optional.of(new IdempotencyKey(key));
  }

  @Test
  void storesAResponseAndReadsItBackUnchanged() {
    W wave = createWave("w1");
    R response = response("alice", 2, "young_parents");

    StoredResponse<R> stored = store().submit(wave, response, Optional.empty());

    assertThat(stored.response()).isEqualTo(response);
    assertThat(store().responses(wave)).containsExactly(response);
    assertThat(store().count(wave)).isEqualTo(1);
  }

  @Test
  void givesEveryResponseItsOwnId() {
    W wave = createWave("w1");

    long first = store().submit(wave, response("a", 1, "s"), Optional.empty()).id();
    long second = store().submit(wave, response("b", 1, "s"), Optional.empty()).id();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void neverGivesAnIdAgainAfterErasure() {
    W wave = createWave("w1");
    long first = store().submit(wave, response("alice", 1, "s"), Optional.empty()).id();
    long last = store().submit(wave, response("bob", 1, "s"), Optional.empty()).id();
    store().importAll(wave, List.of(response("carol", 1, "s")));

    store().erase(new Pseudonym("bob"));
    store().erase(new Pseudonym("carol"));
    long next = store().submit(wave, response("dave", 1, "s"), Optional.empty()).id();

    // An id that came back would join a later answer to what was released under the erased one.
    assertThat(next).isGreaterThan(first).isGreaterThan(last + 1);
  }

  @Test
  void refusesAResponseToAnUnknownWave() {
    assertThatThrownBy(() -> store().submit(missingWave(), response("a", 1, "s"), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSecondAnswerOfTheSameRespondentIsAConflictAndKeepsTheFirst() {
    W wave = createWave("w1");
    R first = response("alice", 1, "s");
    store().submit(wave, first, Optional.empty());

    assertThatThrownBy(() -> store().submit(wave, response("alice", 2, "s"), Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("alice"));
    assertThatThrownBy(() -> store().submit(wave, response("alice", 3, "s"), key("other")))
        .isInstanceOf(ConflictException.class);
    assertThat(store().responses(wave)).containsExactly(first);
  }

  @Test
  void repeatingAnIdempotencyKeyReturnsTheFirstAndStoresNothing() {
    W wave = createWave("w1");
    R first = response("alice", 1, "s");
    StoredResponse<R> original = store().submit(wave, first, key("k-1"));

    StoredResponse<R> replay = store().submit(wave, first, key("k-1"));
    StoredResponse<R> changedReplay = store().submit(wave, response("alice", 2, "s"), key("k-1"));

    assertThat(replay).isEqualTo(original);
    assertThat(changedReplay).isEqualTo(original);
    assertThat(store().responses(wave)).containsExactly(first);
  }

  @Test
  void findsTheResponseStoredUnderAKeyInItsWaveOnly() {
    W wave = createWave("w1");
    W other = createWave("w2");
    R first = response("alice", 1, "young_parents");
    StoredResponse<R> stored = store().submit(wave, first, key("k-1"));
    store().submit(wave, response("bob", 2, "young_parents"), Optional.empty());

    assertThat(store().find(wave, new IdempotencyKey("k-1"))).contains(stored);
    assertThat(store().find(wave, new IdempotencyKey("k-2"))).isEmpty();
    assertThat(store().find(other, new IdempotencyKey("k-1"))).isEmpty();
  }

  @Test
  void keysAndRespondentsAreScopedToTheirWave() {
    W one = createWave("w1");
    W two = createWave("w2");

    store().submit(one, response("alice", 1, "s"), key("k"));
    StoredResponse<R> inTwo = store().submit(two, response("alice", 2, "s"), key("k"));

    assertThat(inTwo.response()).isEqualTo(response("alice", 2, "s"));
    assertThat(store().count(one)).isEqualTo(1);
    assertThat(store().count(two)).isEqualTo(1);
  }

  @Test
  void readsInStoredOrderAndBySegment() {
    W wave = createWave("w1");
    List<R> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      R r = response("r" + i, i, i % 3 == 0 ? "young_parents" : "elderly");
      all.add(r);
      store().submit(wave, r, Optional.empty());
    }
    createWave("empty");

    List<R> streamed = new ArrayList<>();
    store().forEach(wave, streamed::add);

    assertThat(streamed).containsExactlyElementsOf(all);
    assertThat(store().responses(wave, segmentColumn(), "young_parents"))
        .containsExactly(all.get(0), all.get(3), all.get(6), all.get(9));
    assertThat(store().responses(wave, segmentColumn(), "nobody")).isEmpty();
    assertThat(store().responses(wave, "no-such-column", "elderly")).isEmpty();
  }

  @Test
  void importsABatch() {
    W wave = createWave("w1");
    List<R> batch =
        IntStream.range(0, 500).mapToObj(i -> response("p" + i, i, "seg" + i % 4)).toList();

    long imported = store().importAll(wave, batch);

    assertThat(imported).isEqualTo(500);
    assertThat(store().responses(wave)).containsExactlyElementsOf(batch);
    assertThat(store().responses(wave, segmentColumn(), "seg1")).hasSize(125);
  }

  @Test
  void aBatchWithARepeatedRespondentStoresNothing() {
    W wave = createWave("w1");
    List<R> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      batch.add(response("p" + i, i, "s"));
    }
    batch.add(response("p7", 1, "s"));

    assertThatThrownBy(() -> store().importAll(wave, batch))
        .isInstanceOf(ConflictException.class)
        // Named by its place in the batch: a pseudonym does not belong in an error message.
        .hasMessageContaining("response 301 of the batch")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("p7"));
    assertThat(store().count(wave)).isZero();
  }

  @Test
  void aBatchMeetingAStoredRespondentStoresNothing() {
    W wave = createWave("w1");
    R earlier = response("p42", 0, "s");
    store().submit(wave, earlier, Optional.empty());
    List<R> batch = IntStream.range(0, 100).mapToObj(i -> response("p" + i, i, "s")).toList();

    assertThatThrownBy(() -> store().importAll(wave, batch)).isInstanceOf(ConflictException.class);
    assertThat(store().responses(wave)).containsExactly(earlier);
  }

  /**
   * Input that breaks off after {@code rows} responses of respondents {@code prefix0}, {@code
   * prefix1}, …, their variants counting up to {@code variants} and round again.
   */
  private Iterable<R> brokenOffAt(int rows, String prefix, int variants) {
    return () ->
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public R next() {
            if (next == rows) {
              throw new IllegalStateException("the input broke off");
            }
            R response = response(prefix + next, next % variants, "s");
            next++;
            return response;
          }
        };
  }

  @Test
  void aBatchThatFailsHalfWayStoresNothing() {
    W wave = createWave("w1");
    Iterable<R> failing = brokenOffAt(250, "p", 250);

    assertThatThrownBy(() -> store().importAll(wave, failing))
        .satisfies(
            e -> assertThat(Throwables.getRootCause(e)).isInstanceOf(IllegalStateException.class));
    assertThat(store().count(wave)).isZero();
  }

  /**
   * More rows than an adapter is likely to send in one piece (the PostgreSQL store sends 20,000 at
   * a time and encodes the next piece while it sends one), so that every piece boundary is crossed.
   */
  private static final int LARGE_BATCH = 45_001;

  @Test
  void importsABatchLargerThanOnePieceInOrder() {
    W wave = createWave("w1");
    R before = response("early", 1, "seg0");
    store().submit(wave, before, Optional.empty());
    List<R> batch =
        IntStream.range(0, LARGE_BATCH)
            .mapToObj(i -> response("p" + i, i % 11, "seg" + i % 4))
            .toList();

    long imported = store().importAll(wave, batch);
    R after = response("late", 2, "seg3");
    store().submit(wave, after, Optional.empty());

    assertThat(imported).isEqualTo(LARGE_BATCH);
    List<R> all = new ArrayList<>();
    all.add(before);
    all.addAll(batch);
    all.add(after);
    List<R> streamed = new ArrayList<>();
    store().forEach(wave, streamed::add);
    assertThat(streamed).containsExactlyElementsOf(all);
    List<R> seg3 = new ArrayList<>();
    for (int i = 3; i < LARGE_BATCH; i += 4) {
      seg3.add(batch.get(i));
    }
    seg3.add(after);
    assertThat(store().responses(wave, segmentColumn(), "seg3")).containsExactlyElementsOf(seg3);
    assertThat(store().count(wave)).isEqualTo(LARGE_BATCH + 2);
  }

  @Test
  void aLargeBatchFailingNearItsEndStoresNothing() {
    W wave = createWave("w1");
    List<R> repeated = new ArrayList<>();
    for (int i = 0; i < LARGE_BATCH; i++) {
      repeated.add(response("p" + i, i % 5, "s"));
    }
    repeated.add(response("p20000", 1, "s"));
    Iterable<R> broken = brokenOffAt(LARGE_BATCH - 1, "q", 5);

    assertThatThrownBy(() -> store().importAll(wave, repeated))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("response " + (LARGE_BATCH + 1) + " of the batch");
    assertThatThrownBy(() -> store().importAll(wave, broken))
        .satisfies(
            e -> assertThat(Throwables.getRootCause(e)).isInstanceOf(IllegalStateException.class));
    assertThat(store().count(wave)).isZero();
    assertThat(store().responses(wave, segmentColumn(), "s")).isEmpty();
  }

  @Test
  void importingIntoAnUnknownWaveIsNotFound() {
    assertThatThrownBy(() -> store().importAll(missingWave(), List.of(response("a", 1, "s"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void exportsOneRespondentsAnswersFromEveryWave() {
    W before = createWave("before");
    W after = createWave("after");
    store().submit(before, response("alice", 1, "s"), Optional.empty());
    store().submit(after, response("alice", 2, "s"), Optional.empty());
    store().submit(after, response("bob", 3, "s"), Optional.empty());

    Map<W, R> export = store().export(new Pseudonym("alice"));

    assertThat(export)
        .containsOnly(
            Map.entry(before, response("alice", 1, "s")),
            Map.entry(after, response("alice", 2, "s")));
    assertThat(store().export(new Pseudonym("nobody"))).isEmpty();
  }

  @Test
  void erasesOneRespondentEverywhereAndNoOneElse() {
    W before = createWave("before");
    W after = createWave("after");
    store().submit(before, response("alice", 1, "s"), key("alice-before"));
    store().submit(after, response("alice", 2, "s"), Optional.empty());
    store().submit(after, response("bob", 3, "s"), Optional.empty());

    int erased = store().erase(new Pseudonym("alice"));

    assertThat(erased).isEqualTo(2);
    assertThat(store().export(new Pseudonym("alice"))).isEmpty();
    assertThat(store().responses(after)).containsExactly(response("bob", 3, "s"));
    assertThat(store().responses(before, segmentColumn(), "s")).isEmpty();
    assertThat(store().erase(new Pseudonym("alice"))).isZero();
    // After erasure nothing of the respondent is left, not even the key of the first answer.
    R again = response("alice", 4, "s");
    assertThat(store().submit(before, again, key("alice-before")).response()).isEqualTo(again);
  }

  @Test
  void eightConcurrentWritersAreAllStoredOnce() throws Exception {
    W wave = createWave("busy");
    List<Callable<?>> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      writers.add(
          () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
              String respondent = "t" + thread + "-" + i;
              ids.add(store().submit(wave, response(respondent, i, "s"), key(respondent)).id());
            }
            return ids;
          });
    }

    List<Object> outcomes = race(writers);

    assertThat(outcomes).allMatch(List.class::isInstance);
    assertThat(outcomes.stream().flatMap(o -> ((List<?>) o).stream()).distinct()).hasSize(200);
    assertThat(store().count(wave)).isEqualTo(200);
  }

  @Test
  void concurrentReplaysOfOneKeyStoreOneResponse() throws Exception {
    W wave = createWave("replayed");
    R response = response("carol", 1, "s");
    List<Callable<?>> replays = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      replays.add(() -> store().submit(wave, response, key("same")));
    }

    List<Object> outcomes = race(replays);

    assertThat(outcomes).allMatch(StoredResponse.class::isInstance);
    assertThat(outcomes.stream().map(o -> ((StoredResponse<?>) o).id()).distinct()).hasSize(1);
    assertThat(store().responses(wave)).containsExactly(response);
  }

  @Test
  void anEmptyWaveReadsAsEmpty() {
    W wave = createWave("quiet");

    assertThat(store().responses(wave)).isEmpty();
    assertThat(store().count(wave)).isZero();
    assertThatThrownBy(() -> store().forEach(missingWave(), r -> {}))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store().count(missingWave())).isInstanceOf(NotFoundException.class);
  }
}
