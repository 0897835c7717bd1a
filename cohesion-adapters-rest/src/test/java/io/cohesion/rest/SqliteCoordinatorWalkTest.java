package io.cohesion.rest;

import io.cohesion.persistence.Stores;

/** The coordinator's walk against SQLite in a directory of its own. */
class SqliteCoordinatorWalkTest extends CoordinatorWalk {
  private SqliteDirectory dir;

  @Override
  Stores openStores() {
    dir = SqliteDirectory.create("walk");
    return Stores.open(dir.config());
  }

  @Override
  void dropStores() {
    dir.close();
  }
}
