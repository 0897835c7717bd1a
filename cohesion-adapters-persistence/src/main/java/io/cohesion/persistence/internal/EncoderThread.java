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
   * exception or error), or wrapped in an SQLException.
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
   * Waits for a piece still being encoded (after a failure there may be one, of at most one piece's
   * rows), so that nothing takes from the caller's rows once the import has returned. An interrupt
   * ends the wait and is kept for the caller.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
        // the piece is still being taken from its rows
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
