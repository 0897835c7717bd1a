package io.cohesion.persistence.internal;

import io.cohesion.persistence.sqlite.SqliteStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Database failures of the SQLite store name no bound values. */
class SqliteDatabaseFailuresTest extends DatabaseFailuresContract {
  @TempDir Path dir;

  @Override
  protected SqlStores open() {
    return (SqlStores) SqliteStores.open(dir);
  }
}
