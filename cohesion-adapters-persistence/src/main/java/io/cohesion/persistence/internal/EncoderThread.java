package io.cohesion.persistence.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A thread of a bulk import's own that encodes the next piece of rows while the import's thread
 * sends the last one to the database, so that the client's work hides behind the database's. Each
 * piece is handed over through a future, which orders everything the encoder wrote before the
 * sender reads it.
 */
final class EncoderThread implements AutoCloseable {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "cohesion-import-encoder");
            thread.setDaemon(true);
            return thread;
          });

  /** Starts encoding a piece. */
  <T> Future<T> submit(Callable<T> encoding) {
    return executor.submit(encoding);
  }

  /**
   * The encoded piece, once ready. What the encoding threw is thrown here as it was (an unchecked
   * exception, an error or an SQLException), or wrapped in an SQLException.
   */
  static <T> T await(Future<T> piece) throws SQLException {
    try {
      return piece.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while encoding rows for a bulk import", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new SQLException("encoding rows for a bulk import failed", e.getCause());
    }
  }

  /** Up to {@code n} rows taken from {@code rows}, on the calling thread. */
  static <R> List<R> take(Iterator<R> rows, int n) {
    List<R> piece = new ArrayList<>(n);
    while (piece.size() < n && rows.hasNext()) {
      piece.add(rows.next());
    }
    return piece;
  }

  /**
   * Stops a piece still being encoded (after a failure there may be one) and waits until it has
   * ended, so that nothing takes from the caller's rows once the import has returned: the piece's
   * thread is interrupted, which a blocking source of rows takes as the end of the import. The wait
   * itself ignores interrupts, and an interrupt of the calling thread is kept for its caller.
   */
  @Override
  public void close() {
    executor.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.SECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
