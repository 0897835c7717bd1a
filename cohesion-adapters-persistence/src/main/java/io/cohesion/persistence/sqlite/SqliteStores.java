package io.cohesion.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cohesion.core.CohesionException;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.internal.SqlStores;
import io.cohesion.persistence.internal.SqliteDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite store: one file, {@value StoreConfig.SqliteName#FILE}, inside a data
 * directory, created with its schema on first use.
 *
 * <p>Every connection runs in WAL mode with {@code synchronous=FULL} (a commit is on disk before it
 * is acknowledged, so nothing acknowledged is lost when the process or the machine stops), foreign
 * keys on, a busy timeout so that writers queue instead of failing, and transactions that take the
 * write lock when they begin ({@code BEGIN IMMEDIATE}), so that a read-then-write transaction never
 * deadlocks with another.
 */
public final class SqliteStores {
  /** How long a writer waits for another before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private static final int POOL_SIZE = 4;

  private SqliteStores() {}

  /** Opens (and on first use creates) the store in {@code dataDir}. */
  public static SqlStores open(Path dataDir) {
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
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file);

    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("cohesion-sqlite");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      return new SqlStores(dataSource, new SqliteDialect(), Optional.empty(), dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }
}
