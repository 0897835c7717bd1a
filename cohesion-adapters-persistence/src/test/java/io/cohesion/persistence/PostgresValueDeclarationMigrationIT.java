package io.cohesion.persistence;

import io.cohesion.persistence.internal.ValueDeclarationMigration;
import org.junit.jupiter.api.Test;

/** Migration V15 on a PostgreSQL schema that holds wish maps and measurements from before V14. */
class PostgresValueDeclarationMigrationIT {
  @Test
  void valuesHeldByFiveResponsesAreDeclared() throws Exception {
    TestPostgres.checkMigration(ValueDeclarationMigration::check);
  }
}
