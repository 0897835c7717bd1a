package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SqliteImportCacheTest {
  private static long cacheSize(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void setCacheSize(Connection c, long size) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA cache_size = " + size);
    }
  }

  @Test
  void anImportRaisesASmallCacheForItsDurationOnly() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      setCacheSize(c, -64 * 1024);

      try (SqliteDialect.Restore cache = SqliteDialect.largerCache(c)) {
        assertThat(cacheSize(c)).isEqualTo(-256 * 1024);
      }

      assertThat(cacheSize(c)).isEqualTo(-64 * 1024);
    }
  }

  @Test
  void aCacheAsLargeAlreadyIsLeftAsItIs() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      setCacheSize(c, -512 * 1024);
      try (SqliteDialect.Restore cache = SqliteDialect.largerCache(c)) {
        assertThat(cacheSize(c)).isEqualTo(-512 * 1024);
      }
      // In pages: 100,000 pages of 4 KiB are about 390 MiB.
      setCacheSize(c, 100_000);
      try (SqliteDialect.Restore cache = SqliteDialect.largerCache(c)) {
        assertThat(cacheSize(c)).isEqualTo(100_000);
      }
      assertThat(cacheSize(c)).isEqualTo(100_000);
    }
  }
}
