package io.cohesion.persistence;

import io.cohesion.persistence.internal.PostgresDialect;
import io.cohesion.persistence.internal.SignalThemeMigration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Migration V16 on a PostgreSQL schema that holds signals with free-text themes. */
class PostgresSignalThemeMigrationIT {
  @Test
  void freeTextThemesBecomeDeclaredOnesAndKeepTheirWords() throws Exception {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    try {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(TestPostgres.URL);
      server.setUser(TestPostgres.USER);
      SignalThemeMigration.check(
          server,
          new PostgresDialect(),
          Optional.of(schema),
          () -> Stores.open(TestPostgres.config(schema)));
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }
}
