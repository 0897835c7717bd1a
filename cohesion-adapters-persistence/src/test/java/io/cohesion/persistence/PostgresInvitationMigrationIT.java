package io.cohesion.persistence;

import io.cohesion.persistence.internal.InvitationMigration;
import io.cohesion.persistence.internal.PostgresDialect;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Migration V12 on a PostgreSQL schema that holds invitations stored under bare hashes. */
class PostgresInvitationMigrationIT {
  @Test
  void invitationsFromBeforeKeyedHashesStillVerify() throws Exception {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    try {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(TestPostgres.URL);
      server.setUser(TestPostgres.USER);
      InvitationMigration.check(
          server,
          new PostgresDialect(),
          Optional.of(schema),
          () -> Stores.open(TestPostgres.config(schema)));
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }
}
