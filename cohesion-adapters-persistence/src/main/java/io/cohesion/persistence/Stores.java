package io.cohesion.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.application.CohesionPorts;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.persistence.postgres.PostgresStores;
import io.cohesion.persistence.sqlite.SqliteStores;
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
