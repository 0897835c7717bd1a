package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.CohesionException;
import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's writer: submissions queued together share one transaction and one commit, each
 * keeps its own checks and outcome, and no caller hears of success before the commit.
 */
class WriteQueueTest {
  private static final WishMapId WAVE = new WishMapId("wave");

  @TempDir Path dir;
  private SqlStores stores;
  private WriteQueue queue;
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void open() {
    stores = (SqlStores) SqliteStores.open(dir);
    queue = stores.transactions().writeQueue().orElseThrow();
    stores.wishMaps().create(Fixtures.wishMap(WAVE.value()));
  }

  @AfterEach
  void close() {
    release.countDown();
    callers.shutdownNow();
    stores.close();
  }

  private static WishMapResponse response(String respondent) {
    return Fixtures.wishMapResponse(respondent, respondent.length(), "young_parents");
  }

  private static Optional<IdempotencyKey> key(String value) {
    return Optional.of(new IdempotencyKey(value));
  }

  private StoredResponse<WishMapResponse> submit(WishMapId wave, String respondent, String key) {
    return stores.wishMapResponses().submit(wave, response(respondent), key(key));
  }

  /**
   * Occupies the writer with a transaction that waits for {@link #release}, after it has written
   * {@code pendingWishMap} (uncommitted).
   */
  private Future<Object> occupyWriter(String pendingWishMap) throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    Future<Object> blocker =
        callers.submit(
            () ->
                stores
                    .transactions()
                    .inTransaction(
                        h -> {
                          h.createUpdate(
                                  "INSERT INTO wish_map (id, version, definition) VALUES (?, 1, ?)")
                              .bind(0, pendingWishMap)
                              .bind(1, Codec.wishMap(Fixtures.wishMap(pendingWishMap)))
                              .execute();
                          entered.countDown();
                          awaitRelease();
                          return null;
                        }));
    entered.await();
    return blocker;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before the release", e);
    }
  }

  private static void insertWishMap(org.jdbi.v3.core.Handle h, String id) {
    h.createUpdate("INSERT INTO wish_map (id, version, definition) VALUES (?, 1, ?)")
        .bind(0, id)
        .bind(1, Codec.wishMap(Fixtures.wishMap(id)))
        .execute();
  }

  /**
   * Queues work that may share its transaction, which writes the wish map {@code id} and returns
   * the thread it ran on, from a thread of its own; returns once it waits for the writer.
   */
  private Future<Thread> queuedShared(String id) throws InterruptedException {
    return queued(
        () ->
            stores
                .transactions()
                .inSharedTransaction(
                    h -> {
                      insertWishMap(h, id);
                      return Thread.currentThread();
                    }));
  }

  private boolean stored(String wishMap) {
    return stores.wishMaps().find(new WishMapId(wishMap)).isPresent();
  }

  /** Queues {@code call} from a thread of its own, and returns once it waits for the writer. */
  private <T> Future<T> queued(Supplier<T> call) throws InterruptedException {
    int before = queue.waiting();
    Future<T> future = callers.submit(call::get);
    while (queue.waiting() == before) {
      Thread.sleep(1);
    }
    return future;
  }

  private static Throwable failure(Future<?> future) throws InterruptedException {
    try {
      future.get();
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure, got " + future);
  }

  @Test
  void concurrentSubmittersAreEachStoredOnceAndReplaysReturnTheFirstAnswer() throws Exception {
    int threads = 16;
    int each = 40;
    List<CompletableFuture<Map<String, Long>>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          CompletableFuture.supplyAsync(
              () -> {
                Map<String, Long> ids = new HashMap<>();
                for (int i = 0; i < each; i++) {
                  String respondent = "r-" + thread + "-" + i;
                  long id = submit(WAVE, respondent, "k-" + respondent).id();
                  // A retry with the same key, as after a lost answer: the first answer again.
                  StoredResponse<WishMapResponse> replay =
                      submit(WAVE, "other-" + respondent, "k-" + respondent);
                  assertThat(replay.id()).isEqualTo(id);
                  assertThat(replay.response().respondent().value()).isEqualTo(respondent);
                  ids.put(respondent, id);
                }
                return ids;
              },
              callers));
    }
    Map<String, Long> all = new HashMap<>();
    for (CompletableFuture<Map<String, Long>> worker : workers) {
      all.putAll(worker.get());
    }

    assertThat(all).hasSize(threads * each);
    assertThat(all.values()).doesNotHaveDuplicates();
    Map<String, Integer> stored = new HashMap<>();
    for (WishMapResponse r : stores.wishMapResponses().responses(WAVE)) {
      stored.merge(r.respondent().value(), 1, Integer::sum);
    }
    assertThat(stored).hasSize(threads * each).allSatisfy((r, n) -> assertThat(n).isEqualTo(1));
    assertThat(stored.keySet()).isEqualTo(all.keySet());
  }

  @Test
  void submissionsWaitingTogetherShareOneCommitAndAFailureStaysWithItsCaller() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    long before = queue.transactions();

    var first = queued(() -> submit(WAVE, "ann", "k1"));
    var second = queued(() -> submit(WAVE, "bob", "k2"));
    var again = queued(() -> submit(WAVE, "ann", "k3"));
    var replay = queued(() -> submit(WAVE, "carl", "k1"));
    var missing = queued(() -> submit(new WishMapId("no-such-wave"), "dora", "k5"));
    var last = queued(() -> submit(WAVE, "eve", "k6"));
    assertThat(queue.waiting()).isEqualTo(6);
    assertThat(first).isNotDone();
    release.countDown();
    blocker.get();

    assertThat(first.get().response().respondent().value()).isEqualTo("ann");
    assertThat(second.get().response().respondent().value()).isEqualTo("bob");
    assertThat(failure(again))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("has already answered");
    assertThat(replay.get().id()).isEqualTo(first.get().id());
    assertThat(replay.get().response().respondent().value()).isEqualTo("ann");
    assertThat(failure(missing)).isInstanceOf(NotFoundException.class);
    assertThat(last.get().response().respondent().value()).isEqualTo("eve");
    // The blocking transaction, then one for all six submissions.
    assertThat(queue.transactions() - before).isEqualTo(2);
    assertThat(stores.wishMapResponses().responses(WAVE))
        .extracting(r -> r.respondent().value())
        .containsExactly("ann", "bob", "eve");
  }

  @Test
  void theWriterPreparesTheStatementsOfASubmissionOnceAndKeepsThem() throws Exception {
    // Alone, and then shared with others (savepoints), each segment value new and then known.
    submit(WAVE, "first", "k0");
    Future<Object> blocker = occupyWriter("pending");
    var shared =
        List.of(queued(() -> submit(WAVE, "ann", "k1")), queued(() -> submit(WAVE, "bob", "k2")));
    release.countDown();
    blocker.get();
    for (var submission : shared) {
      submission.get();
    }
    long prepared = queue.preparations();
    assertThat(prepared).isPositive();

    for (int i = 0; i < 20; i++) {
      submit(WAVE, "later-" + i, "later-k" + i);
    }
    var replay = submit(WAVE, "someone-else", "k1");
    assertThat(replay.response().respondent().value()).isEqualTo("ann");

    assertThat(queue.preparations()).isEqualTo(prepared);
    assertThat(stores.wishMapResponses().count(WAVE)).isEqualTo(23);
  }

  @Test
  void whenTheSharedCommitFailsEveryCallerOfItGetsAnErrorAndNothingIsStored() throws Exception {
    // A deferred foreign key is only checked at COMMIT: a response from "poison" makes the commit
    // of its transaction fail, after every submission in it has run.
    stores
        .transactions()
        .withHandle(
            h -> {
              h.execute(
                  "CREATE TABLE trap (wave TEXT REFERENCES wish_map (id) DEFERRABLE INITIALLY"
                      + " DEFERRED)");
              h.execute(
                  "CREATE TRIGGER trap_poison AFTER INSERT ON wish_map_response"
                      + " WHEN NEW.respondent = 'poison'"
                      + " BEGIN INSERT INTO trap (wave) VALUES ('no such wish map'); END");
              return null;
            });
    Future<Object> blocker = occupyWriter("pending");

    List<Future<StoredResponse<WishMapResponse>>> batch = new ArrayList<>();
    batch.add(queued(() -> submit(WAVE, "ann", "k1")));
    batch.add(queued(() -> submit(WAVE, "poison", "k2")));
    batch.add(queued(() -> submit(WAVE, "bob", "k3")));
    batch.add(queued(() -> submit(WAVE, "ann", "k4")));
    release.countDown();
    blocker.get();

    for (var caller : batch.subList(0, 3)) {
      assertThat(failure(caller))
          .isInstanceOf(CohesionException.class)
          .isNotInstanceOf(ConflictException.class)
          .hasMessageContaining("could not commit")
          .hasMessageContaining("none of them is stored");
    }
    // Its own conflict with the first submission of the batch, which was never stored either.
    assertThat(failure(batch.get(3))).isInstanceOf(ConflictException.class);
    assertThat(stores.wishMapResponses().count(WAVE)).isZero();
    assertThat(stores.wishMaps().find(new WishMapId("pending"))).isPresent();

    // The writer goes on: the same submissions, without the poison, are stored.
    assertThat(submit(WAVE, "ann", "k1").response().respondent().value()).isEqualTo("ann");
    assertThat(submit(WAVE, "bob", "k3").id()).isPositive();
    assertThat(stores.wishMapResponses().responses(WAVE))
        .extracting(r -> r.respondent().value())
        .containsExactly("ann", "bob");
  }

  @Test
  void readsDoNotWaitForTheWriterAndSeeOnlyWhatIsCommitted() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    var waiting = queued(() -> submit(WAVE, "ann", "k1"));

    // The writer holds its connection in an open transaction: reads use other connections.
    assertThat(stores.wishMaps().find(WAVE)).isPresent();
    assertThat(stores.wishMaps().find(new WishMapId("pending"))).isEmpty();
    assertThat(stores.wishMapResponses().count(WAVE)).isZero();
    assertThat(waiting).isNotDone();

    release.countDown();
    blocker.get();
    long id = waiting.get().id();
    assertThat(stores.wishMaps().find(new WishMapId("pending"))).isPresent();
    assertThat(stores.wishMapResponses().count(WAVE)).isEqualTo(1);
    assertThat(id).isPositive();
  }

  @Test
  void aWriteTransactionCannotWaitForAnotherOne() {
    assertThatThrownBy(
            () ->
                stores
                    .transactions()
                    .inTransaction(h -> stores.transactions().inTransaction(inner -> 1)))
        .isInstanceOf(IllegalStateException.class);
    // The writer is still usable.
    assertThat(submit(WAVE, "ann", "k1").id()).isPositive();
  }

  @Test
  void aPieceThatFailsInAGroupFailsAloneAndTheOthersShareOneCommit() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    long before = queue.transactions();
    Future<Thread> first = queuedShared("first");
    Future<Thread> failing =
        queued(
            () ->
                stores
                    .transactions()
                    .inSharedTransaction(
                        h -> {
                          insertWishMap(h, "failing");
                          throw new IllegalArgumentException("this piece fails");
                        }));
    Future<Thread> last = queuedShared("last");
    release.countDown();
    blocker.get();

    // The group ran in one transaction after the blocker's, on the writer's thread.
    assertThat(last.get()).isSameAs(first.get()).isNotIn(Thread.currentThread());
    assertThat(failure(failing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this piece fails");
    assertThat(queue.transactions() - before).isEqualTo(2);
    assertThat(stored("first")).isTrue();
    assertThat(stored("failing")).isFalse();
    assertThat(stored("last")).isTrue();
  }

  @Test
  void noCallerOfAGroupHearsBackBeforeItsCommit() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    Future<Thread> first = queuedShared("first");
    Future<Thread> second = queuedShared("second");
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    Future<Thread> slow =
        queued(
            () ->
                stores
                    .transactions()
                    .inSharedTransaction(
                        h -> {
                          insertWishMap(h, "slow");
                          entered.countDown();
                          await(goOn);
                          return Thread.currentThread();
                        }));
    release.countDown();
    blocker.get();
    entered.await();

    // The first two pieces have run, the third holds the transaction open: nobody has an answer,
    // and nothing of the group is visible.
    assertThat(second).isNotDone();
    assertThat(first).isNotDone();
    assertThat(stored("first")).isFalse();
    assertThat(stored("second")).isFalse();

    goOn.countDown();
    assertThat(second.get()).isSameAs(first.get());
    assertThat(slow.get()).isSameAs(first.get());
    assertThat(stored("first")).isTrue();
    assertThat(stored("second")).isTrue();
    assertThat(stored("slow")).isTrue();
  }

  @Test
  void workThatAQueuedCallerWritesCannotStartAnotherWrite() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    Future<Thread> before = queuedShared("before");
    Future<Object> nested =
        queued(
            () ->
                stores
                    .transactions()
                    .inSharedTransaction(
                        h -> {
                          insertWishMap(h, "outer");
                          return stores.transactions().inSharedTransaction(inner -> 1);
                        }));
    Future<Thread> after = queuedShared("after");
    release.countDown();
    blocker.get();

    assertThat(failure(nested)).isInstanceOf(IllegalStateException.class);
    assertThat(before.get()).isSameAs(after.get());
    assertThat(stored("before")).isTrue();
    assertThat(stored("outer")).isFalse();
    assertThat(stored("after")).isTrue();
  }

  @Test
  void anInterruptedCallerStillGetsItsOutcomeAndKeepsItsInterrupt() throws Exception {
    // Its work does not see the interrupt, the caller still has it afterwards.
    AtomicBoolean seenByWork = new AtomicBoolean(true);
    AtomicBoolean keptByCaller = new AtomicBoolean();
    Thread alone =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              stores
                  .transactions()
                  .inSharedTransaction(
                      h -> {
                        seenByWork.set(Thread.currentThread().isInterrupted());
                        insertWishMap(h, "interrupted-writer");
                        return null;
                      });
              keptByCaller.set(Thread.currentThread().isInterrupted());
            });
    alone.start();
    alone.join();
    assertThat(seenByWork).isFalse();
    assertThat(keptByCaller).isTrue();
    assertThat(stored("interrupted-writer")).isTrue();

    // Interrupted while it waits: it waits on for its outcome.
    Future<Object> blocker = occupyWriter("pending");
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    AtomicBoolean interruptedAfter = new AtomicBoolean();
    int waitingBefore = queue.waiting();
    Thread waiter =
        new Thread(
            () -> {
              ranOn.set(
                  stores
                      .transactions()
                      .inSharedTransaction(
                          h -> {
                            insertWishMap(h, "interrupted-waiter");
                            return Thread.currentThread();
                          }));
              interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
    waiter.start();
    while (queue.waiting() == waitingBefore) {
      Thread.sleep(1);
    }
    waiter.interrupt();
    assertThat(ranOn).hasValue(null);
    assertThat(stored("interrupted-waiter")).isFalse();
    release.countDown();
    blocker.get();
    waiter.join();
    assertThat(ranOn.get()).isNotNull();
    assertThat(interruptedAfter).isTrue();
    assertThat(stored("interrupted-waiter")).isTrue();
  }

  @Test
  void closeLetsTheQueuedWorkFinishAndTakesNoMore() throws Exception {
    Future<Object> blocker = occupyWriter("pending");
    Future<Thread> first = queuedShared("first");
    Future<Thread> second = queuedShared("second");
    Future<?> closing = callers.submit(queue::close);
    while (!queue.closed()) {
      Thread.sleep(1);
    }
    // New work is refused at once, while the queued work waits for the writer.
    assertThatThrownBy(() -> stores.transactions().inSharedTransaction(h -> null))
        .isInstanceOf(CohesionException.class)
        .hasMessageContaining("closed");
    assertThat(closing).isNotDone();
    assertThat(first).isNotDone();

    release.countDown();
    blocker.get();
    closing.get();
    assertThat(first.get()).isSameAs(second.get());
    assertThat(stored("pending")).isTrue();
    assertThat(stored("first")).isTrue();
    assertThat(stored("second")).isTrue();
  }
}
