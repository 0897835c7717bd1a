package io.cohesion.rest;

import io.cohesion.persistence.Stores;

/** The attacks of {@link DisclosureAttacksTest} against a server over PostgreSQL. */
class DisclosureAttacksPostgresIT extends DisclosureAttacksTest {
  private PostgresSchema schema;

  @Override
  Stores openStores() {
    schema = PostgresSchema.create("attacks");
    return Stores.open(schema.config());
  }

  @Override
  void dropStores() {
    schema.close();
  }
}
