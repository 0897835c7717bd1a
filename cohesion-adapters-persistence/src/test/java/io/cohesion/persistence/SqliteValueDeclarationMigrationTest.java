package io.cohesion.persistence;

import io.cohesion.persistence.internal.SqliteDialect;
import io.cohesion.persistence.internal.ValueDeclarationMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** Migration V15 on a SQLite file that holds wish maps and measurements from before V14. */
class SqliteValueDeclarationMigrationTest {
  @Test
  void valuesHeldByFiveResponsesAreDeclared() throws Exception {
    Path dir = Files.createTempDirectory("cohesion-sqlite-migration-");
    try {
      SQLiteDataSource file = new SQLiteDataSource();
      file.setUrl("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE));
      ValueDeclarationMigration.check(
          file,
          new SqliteDialect(),
          Optional.empty(),
          () -> Stores.open(new StoreConfig.Sqlite(dir)));
    } finally {
      TempFiles.deleteRecursively(dir);
    }
  }
}
