package io.cohesion.persistence;

import io.cohesion.persistence.internal.InvitationMigration;
import org.junit.jupiter.api.Test;

/** Migration V12 on a PostgreSQL schema that holds invitations stored under bare hashes. */
class PostgresInvitationMigrationIT {
  @Test
  void invitationsFromBeforeKeyedHashesStillVerify() throws Exception {
    TestPostgres.checkMigration(InvitationMigration::check);
  }
}
