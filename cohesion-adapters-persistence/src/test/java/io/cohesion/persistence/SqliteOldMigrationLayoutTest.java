package io.cohesion.persistence;

import io.cohesion.persistence.internal.OldLayoutMigration;
import io.cohesion.persistence.internal.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite file migrated before the shared migrations moved to {@code common} opens with today's
 * code (docs/persistence.md#migrations-live-once).
 */
class SqliteOldMigrationLayoutTest {
  private Path dir;
  private SQLiteDataSource file;
  private Supplier<Stores> open;

  @BeforeEach
  void createFile() throws Exception {
    dir = Files.createTempDirectory("cohesion-sqlite-layout-");
    file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE));
    open = () -> Stores.open(new StoreConfig.Sqlite(dir));
  }

  @AfterEach
  void deleteFile() {
    TempFiles.deleteRecursively(dir);
  }

  @Test
  void aDatabaseOfTheOldLayoutValidatesAndWorks() throws Exception {
    OldLayoutMigration.check(file, new SqliteDialect(), "sqlite", Optional.empty(), open);
  }

  @Test
  void aMigrationChangedAfterItWasAppliedIsStillRefused() throws Exception {
    OldLayoutMigration.checkRefusesAnotherChecksum(file, "sqlite", Optional.empty(), open);
  }

  @Test
  void aFreshDatabaseHasTheChecksumsTheOldOnesAreAcceptedFor() throws Exception {
    OldLayoutMigration.checkFreshChecksums(file, new SqliteDialect(), Optional.empty(), open);
  }
}
