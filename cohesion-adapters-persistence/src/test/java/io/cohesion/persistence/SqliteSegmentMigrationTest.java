package io.cohesion.persistence;

import io.cohesion.persistence.internal.SegmentMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** Migration V9 on a SQLite file that holds responses and segment rows from before it. */
class SqliteSegmentMigrationTest {
  @Test
  void segmentRowsMoveIntoBlocks() throws Exception {
    Path dir = Files.createTempDirectory("cohesion-sqlite-migration-");
    try {
      SQLiteDataSource file = new SQLiteDataSource();
      file.setUrl("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE));
      SegmentMigration.check(
          file,
          List.of("classpath:db/migration/common", "classpath:db/migration/sqlite"),
          Optional.empty(),
          () -> Stores.open(new StoreConfig.Sqlite(dir)));
    } finally {
      TempFiles.deleteRecursively(dir);
    }
  }
}
