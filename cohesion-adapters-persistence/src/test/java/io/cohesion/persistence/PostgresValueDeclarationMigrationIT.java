package io.cohesion.persistence;

import io.cohesion.persistence.internal.PostgresDialect;
import io.cohesion.persistence.internal.ValueDeclarationMigration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Migration V15 on a PostgreSQL schema that holds wish maps and measurements from before V14. */
class PostgresValueDeclarationMigrationIT {
  @Test
  void valuesHeldByFiveResponsesAreDeclared() throws Exception {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    try {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(TestPostgres.URL);
      server.setUser(TestPostgres.USER);
      ValueDeclarationMigration.check(
          server,
          new PostgresDialect(),
          Optional.of(schema),
          () -> Stores.open(TestPostgres.config(schema)));
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }
}
