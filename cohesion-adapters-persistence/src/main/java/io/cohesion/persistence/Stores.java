package io.cohesion.persistence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.application.CohesionPorts;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.persistence.postgres.PostgresStores;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Every output port of core ({@link CohesionPorts}) over one store, with the same data. Open one
 * with {@link #open(StoreConfig)} and close it when the application stops.
 */
@API(status = STABLE, since = "0.1.0")
public interface Stores extends CohesionPorts, AutoCloseable {
  /** Releases connections and files; the data stays. */
  @Override
  void close();

  /**
   * Runs {@code work} while holding the lock named {@code name}: whoever asks for the same name
   * waits until {@code work} has returned. On PostgreSQL the lock is the database's (an advisory
   * lock of the store's schema), so it also holds between the processes of several nodes on one
   * database; in memory and on SQLite, whose data one process owns, between the callers of this
   * store. For one-time work at start-up that nodes starting together must not do twice at once,
   * such as loading demo data; not for requests, which the stores' transactions keep apart.
   *
   * @return what {@code work} returns
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default <T> T exclusively(String name, Supplier<T> work) {
    synchronized (this) {
      return work.get();
    }
  }

  /** Opens the store {@code config} names, creating and migrating its schema on first use. */
  static Stores open(StoreConfig config) {
    if (config instanceof StoreConfig.Sqlite sqlite) {
      return SqliteStores.open(sqlite.dataDir());
    }
    if (config instanceof StoreConfig.Postgres postgres) {
      return PostgresStores.open(postgres);
    }
    return new InMemoryStores();
  }

  /** A new, empty store in memory: for tests and quick embedding; gone when closed. */
  static Stores inMemory() {
    return new InMemoryStores();
  }
}
