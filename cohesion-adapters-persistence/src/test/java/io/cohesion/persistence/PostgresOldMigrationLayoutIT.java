package io.cohesion.persistence;

import io.cohesion.persistence.internal.OldLayoutMigration;
import io.cohesion.persistence.internal.PostgresDialect;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL schema migrated before the shared migrations moved to {@code common} opens with
 * today's code (docs/persistence.md#migrations-live-once).
 */
class PostgresOldMigrationLayoutIT {
  private String schema;
  private PGSimpleDataSource server;
  private Supplier<Stores> open;

  @BeforeEach
  void createSchema() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
    server = new PGSimpleDataSource();
    server.setUrl(TestPostgres.URL);
    server.setUser(TestPostgres.USER);
    open = () -> Stores.open(TestPostgres.config(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void aSchemaOfTheOldLayoutValidatesAndWorks() throws Exception {
    OldLayoutMigration.check(
        server, new PostgresDialect(), "postgresql", Optional.of(schema), open);
  }

  @Test
  void aMigrationChangedAfterItWasAppliedIsStillRefused() throws Exception {
    OldLayoutMigration.checkRefusesAnotherChecksum(server, "postgresql", Optional.of(schema), open);
  }

  @Test
  void aFreshSchemaHasTheChecksumsTheOldOnesAreAcceptedFor() throws Exception {
    OldLayoutMigration.checkFreshChecksums(
        server, new PostgresDialect(), Optional.of(schema), open);
  }
}
