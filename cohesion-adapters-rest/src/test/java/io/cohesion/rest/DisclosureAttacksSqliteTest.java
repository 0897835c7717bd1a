package io.cohesion.rest;

import io.cohesion.persistence.Stores;

/** The attacks of {@link DisclosureAttacksTest} against a server over SQLite. */
class DisclosureAttacksSqliteTest extends DisclosureAttacksTest {
  private SqliteDirectory dir;

  @Override
  Stores openStores() {
    dir = SqliteDirectory.create("attacks");
    return Stores.open(dir.config());
  }

  @Override
  void dropStores() {
    dir.close();
  }
}
