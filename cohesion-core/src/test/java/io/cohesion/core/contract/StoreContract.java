package io.cohesion.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract suite: a fresh store per test, closed afterwards. An adapter extends a
 * suite and implements {@link #newStores()}.
 */
public abstract class StoreContract {
  /** The store under test, fresh and empty for every test. */
  protected ContractStores stores;

  /** A new, empty store. */
  protected abstract ContractStores newStores();

  @BeforeEach
  void openStores() {
    stores = newStores();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }

  /**
   * Runs every task on its own thread, all released at once, and returns each outcome: the value,
   * or the exception it threw.
   */
  protected static List<Object> race(List<Callable<?>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CyclicBarrier start = new CyclicBarrier(tasks.size());
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<?> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  try {
                    return task.call();
                  } catch (RuntimeException e) {
                    return e;
                  }
                }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
