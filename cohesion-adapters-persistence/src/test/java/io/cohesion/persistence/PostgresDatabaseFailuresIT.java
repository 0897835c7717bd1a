package io.cohesion.persistence;

import io.cohesion.persistence.internal.DatabaseFailuresContract;
import io.cohesion.persistence.internal.SqlStores;
import io.cohesion.persistence.postgres.PostgresStores;

/** Database failures of the PostgreSQL store name no bound values. */
class PostgresDatabaseFailuresIT extends DatabaseFailuresContract {
  private String schema;

  @Override
  protected SqlStores open() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
    return (SqlStores) PostgresStores.open(TestPostgres.config(schema));
  }

  @Override
  protected void closed() {
    TestPostgres.dropSchema(schema);
  }
}
