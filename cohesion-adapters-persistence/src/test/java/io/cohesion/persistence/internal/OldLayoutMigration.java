package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.contract.DomainFixtures;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A database migrated with the migration files as they were laid out before V4, V5, V7 and V8 moved
 * to {@code common}, then opened with today's code: it validates, keeps its data and works. The
 * test resources ({@code old-migration-layout}) keep the files of that layout that no longer exist
 * as they were: V4, V5, V7 and V8 per dialect, and V1 and V14, whose folder {@code common} now also
 * holds the moved ones. The per-dialect files that did not change are read where they are. Shared
 * by the SQLite test and the PostgreSQL IT.
 */
public final class OldLayoutMigration {
  private static final NeighbourhoodId OLD = new NeighbourhoodId("from-the-old-layout");

  private OldLayoutMigration() {}

  /** Flyway as the store configured it before the move, over the old files. */
  private static Flyway old(DataSource dataSource, String dialectFolder, Optional<String> schema) {
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(
                "classpath:old-migration-layout/common",
                "classpath:old-migration-layout/" + dialectFolder,
                "classpath:db/migration/" + dialectFolder)
            .javaMigrations(new DeclarePresentValues())
            // The old layout ended with V15: later migrations came after the move.
            .target("15")
            .failOnMissingLocations(true);
    schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s).createSchemas(true));
    return flyway.load();
  }

  /**
   * Migrates {@code dataSource} with the old files, stores a neighbourhood, and opens the store
   * with {@code open}.
   *
   * @param dialectFolder {@code sqlite} or {@code postgresql}
   */
  public static void check(
      DataSource dataSource,
      Dialect dialect,
      String dialectFolder,
      Optional<String> schema,
      Supplier<Stores> open)
      throws SQLException {
    old(dataSource, dialectFolder, schema).migrate();
    try (Connection c = connect(dataSource, schema);
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO neighbourhood (id, version, name, municipality) VALUES (?, 1, ?, ?)")) {
      insert.setString(1, OLD.value());
      insert.setString(2, "Oud");
      insert.setString(3, "Opsterland");
      insert.executeUpdate();
    }
    Map<String, Integer> before = checksums(dataSource, schema);
    for (EarlierChecksums.Accepted accepted : dialect.earlierChecksums()) {
      assertThat(before.get(accepted.version()))
          .as("the checksum the old file of V%s left", accepted.version())
          .isEqualTo(accepted.earlier());
    }

    try (Stores stores = open.get()) {
      assertThat(stores.neighbourhoods().find(OLD).orElseThrow().value().name()).isEqualTo("Oud");
      Building building = DomainFixtures.building("old-block", OLD);
      stores.buildings().create(building);
      assertThat(stores.buildings().list(OLD, PageRequest.first()).items())
          .containsExactly(new Versioned<>(building, 1));
    }

    Map<String, Integer> after = checksums(dataSource, schema);
    for (EarlierChecksums.Accepted accepted : dialect.earlierChecksums()) {
      assertThat(after.get(accepted.version()))
          .as("the checksum of today's V%s, accepted in place of the old one", accepted.version())
          .isEqualTo(accepted.now());
    }
    before.keySet().stream()
        .filter(v -> dialect.earlierChecksums().stream().noneMatch(a -> a.version().equals(v)))
        .forEach(v -> assertThat(after.get(v)).as("V%s", v).isEqualTo(before.get(v)));
  }

  /**
   * A database whose V5 was applied from a file that is neither today's nor the old one is refused:
   * only the exact earlier checksum is accepted.
   */
  public static void checkRefusesAnotherChecksum(
      DataSource dataSource, String dialectFolder, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    old(dataSource, dialectFolder, schema).migrate();
    try (Connection c = connect(dataSource, schema);
        PreparedStatement edit =
            c.prepareStatement(
                "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '5'")) {
      assertThat(edit.executeUpdate()).isEqualTo(1);
    }

    assertThatThrownBy(() -> open.get().close())
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("5");
  }

  /** A fresh database records the checksums that the dialect accepts old ones for. */
  public static void checkFreshChecksums(
      DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    open.get().close();
    Map<String, Integer> fresh = checksums(dataSource, schema);
    for (EarlierChecksums.Accepted accepted : dialect.earlierChecksums()) {
      assertThat(fresh.get(accepted.version()))
          .as("the checksum of today's V%s", accepted.version())
          .isEqualTo(accepted.now());
    }
  }

  private static Connection connect(DataSource dataSource, Optional<String> schema)
      throws SQLException {
    Connection c = dataSource.getConnection();
    if (schema.isPresent()) {
      c.setSchema(schema.get());
    }
    return c;
  }

  private static Map<String, Integer> checksums(DataSource dataSource, Optional<String> schema)
      throws SQLException {
    Map<String, Integer> checksums = new HashMap<>();
    try (Connection c = connect(dataSource, schema);
        PreparedStatement select =
            c.prepareStatement(
                "SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        checksums.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getInt(2));
      }
    }
    return checksums;
  }
}
