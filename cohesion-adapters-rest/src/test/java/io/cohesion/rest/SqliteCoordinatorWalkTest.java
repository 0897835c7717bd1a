package io.cohesion.rest;

import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The coordinator's walk against SQLite in a directory of its own. */
class SqliteCoordinatorWalkTest extends CoordinatorWalk {
  private Path dataDir;

  @Override
  Stores openStores() {
    try {
      dataDir = Files.createTempDirectory("cohesion-walk-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Stores.open(new StoreConfig.Sqlite(dataDir));
  }

  @Override
  void dropStores() {
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
