package io.cohesion.rest;

import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The attacks of {@link DisclosureAttacksTest} against a server over SQLite. */
class DisclosureAttacksSqliteTest extends DisclosureAttacksTest {
  private Path dir;

  @Override
  Stores openStores() {
    try {
      dir = Files.createTempDirectory("cohesion-attacks-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Stores.open(new StoreConfig.Sqlite(dir));
  }

  @Override
  void dropStores() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
