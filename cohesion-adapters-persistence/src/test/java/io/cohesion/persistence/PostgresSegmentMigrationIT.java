package io.cohesion.persistence;

import io.cohesion.persistence.internal.SegmentMigration;
import org.junit.jupiter.api.Test;

/** Migration V9 on a PostgreSQL schema that holds responses and segment rows from before it. */
class PostgresSegmentMigrationIT {
  @Test
  void segmentRowsMoveIntoBlocks() throws Exception {
    TestPostgres.checkMigration(SegmentMigration::check);
  }
}
