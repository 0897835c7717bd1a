package io.cohesion.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one PostgreSQL database agree on a wave's status and states: nothing is cached in
 * the process.
 */
class PostgresWaveReleaseIT {
  private String schema;

  @BeforeEach
  void newSchema() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
  }

  @AfterEach
  void dropSchema() {
    TestPostgres.dropSchema(schema);
  }

  @Test
  void aWaveClosedOnOneNodeIsReleasedOnTheOther() {
    try (Stores one = Stores.open(TestPostgres.config(schema));
        Stores other = Stores.open(TestPostgres.config(schema))) {
      WaveReleaseStores.fill(one, 6);
      WaveReleaseStores.closeOnOneAndSeeOnTheOther(one, other);
    }
  }
}
