package io.cohesion.rest;

import io.cohesion.persistence.Stores;

/**
 * The coordinator's walk against PostgreSQL in a fresh schema that is dropped afterwards ({@link
 * PostgresSchema}). Without PostgreSQL the walk is skipped, except in CI ({@code CI=true}), where
 * it fails.
 */
class PostgresCoordinatorWalkIT extends CoordinatorWalk {
  private PostgresSchema schema;

  @Override
  Stores openStores() {
    schema = PostgresSchema.create("walk");
    return Stores.open(schema.config());
  }

  @Override
  void dropStores() {
    schema.close();
  }
}
