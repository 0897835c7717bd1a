package io.cohesion.persistence;

import io.cohesion.persistence.internal.SignalThemeMigration;
import org.junit.jupiter.api.Test;

/** Migration V16 on a PostgreSQL schema that holds signals with free-text themes. */
class PostgresSignalThemeMigrationIT {
  @Test
  void freeTextThemesBecomeDeclaredOnesAndKeepTheirWords() throws Exception {
    TestPostgres.checkMigration(SignalThemeMigration::check);
  }
}
