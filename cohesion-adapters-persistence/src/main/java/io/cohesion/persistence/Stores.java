package io.cohesion.persistence;

import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.persistence.postgres.PostgresStores;
import io.cohesion.persistence.sqlite.SqliteStores;

/**
 * Every repository port of one store, over the same data. Open one with {@link #open(StoreConfig)}
 * and close it when the application stops.
 */
public interface Stores extends AutoCloseable {
  /** The wish map definitions. */
  WishMapRepository wishMaps();

  /** The responses to wish maps. */
  WishMapResponseStore wishMapResponses();

  /** The scale definitions. */
  ScaleRepository scales();

  /** The measurements (waves of a scale). */
  MeasurementRepository measurements();

  /** The responses to measurements. */
  MeasurementResponseStore measurementResponses();

  /** The invitation codes, as hashes. */
  InvitationRepository invitations();

  /** The neighbourhoods. */
  NeighbourhoodRepository neighbourhoods();

  /** The buildings, each in a stored neighbourhood. */
  BuildingRepository buildings();

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
