package io.cohesion.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands responses from a reader on one thread to a store's import on another, in batches, so that a
 * file of any size streams through one transaction and reading overlaps writing.
 *
 * <p>The reading side calls {@link #accept} for each good response, {@link #reject} once when a row
 * breaks a rule (it keeps reading to find every rejected row, but hands nothing more over), and
 * {@link #finish} or {@link #fail} at the end. The importing side iterates: a rejection or failure
 * makes the iterator throw {@link Abandoned}, which rolls the import's transaction back.
 */
final class ResponseFeed<T> implements Iterable<T> {
  private static final int BATCH = 2_000;
  private static final int BATCHES_AHEAD = 8;

  /** Thrown to the importing side when the input will not be imported. */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned(Throwable cause) {
      super("the input was not imported", cause, false, false);
    }
  }

  /** Thrown to the reading side when the importing side stopped taking responses. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the import stopped", null, false, false);
    }
  }

  private sealed interface Item<T> {}

  private record Batch<T>(List<T> responses) implements Item<T> {}

  private record End<T>(Throwable failure) implements Item<T> {}

  private final BlockingQueue<Item<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private volatile boolean stopped;
  private List<T> batch = new ArrayList<>(BATCH);
  private boolean rejected;

  /** Reading side: one good response. */
  void accept(T response) {
    if (rejected) {
      return;
    }
    batch.add(response);
    if (batch.size() == BATCH) {
      put(new Batch<>(batch));
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Reading side: a row was rejected, so nothing will be imported. */
  void reject() {
    if (!rejected) {
      rejected = true;
      batch = List.of();
      put(new End<>(new IllegalStateException("rows were rejected")));
    }
  }

  /** Reading side: the input ended. */
  void finish() {
    if (!rejected) {
      if (!batch.isEmpty()) {
        put(new Batch<>(batch));
      }
      put(new End<>(null));
    }
  }

  /** Reading side: reading failed; the import is abandoned. */
  void fail(Throwable failure) {
    if (!rejected) {
      rejected = true;
      put(new End<>(failure));
    }
  }

  /** Importing side: takes nothing more; the reading side stops at its next response. */
  void stop() {
    stopped = true;
    queue.clear();
  }

  private void put(Item<T> item) {
    try {
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Iterator<T> current = List.<T>of().iterator();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && !done) {
          Item<T> item;
          try {
            item = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned(e);
          }
          if (item instanceof Batch<T> b) {
            current = b.responses().iterator();
          } else if (item instanceof End<T> end) {
            done = true;
            if (end.failure() != null) {
              throw new Abandoned(end.failure());
            }
          }
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
