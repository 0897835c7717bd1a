package io.cohesion.persistence.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Copies the write-ahead log back into the database file on a thread of its own.
 *
 * <p>SQLite's automatic checkpoint runs inside the commit that pushes the log past its threshold,
 * so every few dozen commits one writer waited for a copy of the log and two more file syncs before
 * its callers heard back. The store's writer connection turns the automatic checkpoint off and this
 * thread runs a passive checkpoint every {@link #PERIOD_MILLIS} ms instead, on a connection of the
 * read pool: a passive checkpoint copies what no reader still needs and never waits for the writer
 * or for readers. Durability does not depend on it: a commit is on disk once its log frames are
 * synced, and a database opened after a crash replays the log.
 */
final class Checkpointer implements AutoCloseable {
  /** How often the log is copied back. */
  static final long PERIOD_MILLIS = 200;

  private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());

  private final DataSource connections;
  private final ScheduledExecutorService thread;

  Checkpointer(DataSource connections) {
    this.connections = connections;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread t = new Thread(work, "cohesion-sqlite-checkpoint");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        this::checkpoint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void checkpoint() {
    try (Connection c = connections.getConnection();
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException | RuntimeException e) {
      // The next round tries again; the log only grows meanwhile, nothing is lost.
      LOG.log(System.Logger.Level.DEBUG, "checkpoint skipped", e);
    }
  }

  /** Stops the thread; the last connection to close checkpoints whatever is left. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
