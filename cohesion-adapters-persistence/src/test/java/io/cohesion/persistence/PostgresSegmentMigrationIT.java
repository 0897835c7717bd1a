package io.cohesion.persistence;

import io.cohesion.persistence.internal.PostgresDialect;
import io.cohesion.persistence.internal.SegmentMigration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Migration V9 on a PostgreSQL schema that holds responses and segment rows from before it. */
class PostgresSegmentMigrationIT {
  @Test
  void segmentRowsMoveIntoBlocks() throws Exception {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    try {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(TestPostgres.URL);
      server.setUser(TestPostgres.USER);
      SegmentMigration.check(
          server,
          new PostgresDialect(),
          Optional.of(schema),
          () -> Stores.open(TestPostgres.config(schema)));
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }
}
