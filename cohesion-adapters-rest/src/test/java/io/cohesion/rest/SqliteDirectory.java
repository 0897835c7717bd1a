package io.cohesion.rest;

import io.cohesion.persistence.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for a SQLite store of one test, deleted with everything in it. */
final class SqliteDirectory implements AutoCloseable {
  private final Path dir;

  private SqliteDirectory(Path dir) {
    this.dir = dir;
  }

  /** A new, empty directory named after {@code purpose}. */
  static SqliteDirectory create(String purpose) {
    try {
      return new SqliteDirectory(Files.createTempDirectory("cohesion-" + purpose + "-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The store configuration for this directory. */
  StoreConfig.Sqlite config() {
    return new StoreConfig.Sqlite(dir);
  }

  /** Deletes the directory and the store's files; close the store first. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
