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

  @Override
  public void close() {
    // A piece still being encoded after a failure finishes on its own; nothing waits for it.
    executor.shutdownNow();
  }
}
