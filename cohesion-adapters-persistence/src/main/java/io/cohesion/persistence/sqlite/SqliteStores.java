package io.cohesion.persistence.sqlite;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cohesion.core.CohesionException;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.persistence.internal.Migrations;
import io.cohesion.persistence.internal.SqlStores;
import io.cohesion.persistence.internal.SqliteDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite store: one file, {@value StoreConfig.SqliteName#FILE}, inside a data
 * directory, created with its schema on first use.
 *
 * <p>Every connection runs in WAL mode with {@code synchronous=FULL} (a commit is on disk before it
 * is acknowledged, so nothing acknowledged is lost when the process or the machine stops), foreign
 * keys on, and transactions that take the write lock when they begin ({@code BEGIN IMMEDIATE}).
 *
 * <p>SQLite admits one writer at a time. Every write transaction of the store is queued for one
 * writer thread on one connection, first come first served, and single submissions waiting together
 * share one commit (see {@link io.cohesion.persistence.internal.WriteQueue}). Reads run on a pool
 * of their own: in WAL mode they see the last commit and never wait for the writer. The busy
 * timeout only matters when another process writes to the same file. The write-ahead log is copied
 * back into the database file by a thread of its own ({@link Checkpointer}), not by the commit that
 * happens to fill it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SqliteStores {
  /** How long a writer waits for another before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /** Connections for reads, which run concurrently with each other and with the writer. */
  private static final int READ_POOL_SIZE = 4;

  private SqliteStores() {}

  /** Opens (and on first use creates) the store in {@code dataDir}. */
  public static Stores open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new CohesionException("cannot create the data directory " + dataDir, e);
    }
    Path file = dataDir.resolve(StoreConfig.SqliteName.FILE).toAbsolutePath();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // 64 MiB of page cache per connection: bulk imports touch index pages all over the file.
    config.setCacheSize(-64 * 1024);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // The store reads ids back with RETURNING. Left on, the driver matches every statement it runs
    // against a pattern for INSERT and runs a second query after each insert for the keys.
    config.setGetGeneratedKeys(false);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    SqliteDialect dialect = new SqliteDialect();
    sqlite.setUrl("jdbc:sqlite:" + file);

    // The writer never checkpoints inside a commit; the checkpointer does it beside it.
    HikariDataSource writes =
        pool(sqlite, "cohesion-sqlite-write", 1, "PRAGMA wal_autocheckpoint=0");
    HikariDataSource reads = null;
    try {
      reads = pool(sqlite, "cohesion-sqlite-read", READ_POOL_SIZE, null);
      HikariDataSource readPool = reads;
      Migrations.flyway(writes, dialect, Optional.empty()).migrate();
      Checkpointer checkpointer = new Checkpointer(reads);
      return new SqlStores(
          writes,
          reads,
          dialect,
          () -> {
            try (writes;
                readPool;
                checkpointer) {
              // closed in reverse order: the checkpointer first, the writer last
            }
          });
    } catch (RuntimeException e) {
      if (reads != null) {
        reads.close();
      }
      writes.close();
      throw e;
    }
  }

  private static HikariDataSource pool(
      SQLiteDataSource sqlite, String name, int size, String initSql) {
    HikariConfig pool = new HikariConfig();
    if (initSql != null) {
      pool.setConnectionInitSql(initSql);
    }
    pool.setDataSource(sqlite);
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    pool.setMinimumIdle(1);
    return new HikariDataSource(pool);
  }
}
