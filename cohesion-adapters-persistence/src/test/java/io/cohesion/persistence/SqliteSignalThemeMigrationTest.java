package io.cohesion.persistence;

import io.cohesion.persistence.internal.SignalThemeMigration;
import io.cohesion.persistence.internal.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** Migration V16 on a SQLite file that holds signals with free-text themes. */
class SqliteSignalThemeMigrationTest {
  @Test
  void freeTextThemesBecomeDeclaredOnesAndKeepTheirWords() throws Exception {
    Path dir = Files.createTempDirectory("cohesion-sqlite-migration-");
    try {
      SQLiteDataSource file = new SQLiteDataSource();
      file.setUrl("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE));
      SignalThemeMigration.check(
          file,
          new SqliteDialect(),
          Optional.empty(),
          () -> Stores.open(new StoreConfig.Sqlite(dir)));
    } finally {
      TempFiles.deleteRecursively(dir);
    }
  }
}
