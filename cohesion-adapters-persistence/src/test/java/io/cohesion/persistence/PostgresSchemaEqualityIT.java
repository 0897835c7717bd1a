package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.persistence.internal.Migrations;
import io.cohesion.persistence.internal.SqliteDialect;
import io.cohesion.persistence.schema.DialectDifferences;
import io.cohesion.persistence.schema.Difference;
import io.cohesion.persistence.schema.PostgresSchema;
import io.cohesion.persistence.schema.Schema;
import io.cohesion.persistence.schema.SchemaComparison;
import io.cohesion.persistence.schema.SqliteSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite and PostgreSQL end up with the same schema after migrating, but for the differences {@link
 * DialectDifferences} allows with their reasons (docs/persistence.md#one-schema-in-two-dialects).
 */
class PostgresSchemaEqualityIT {
  @Test
  void bothDialectsMigrateToTheSameSchema() throws Exception {
    TestPostgres.requireReachable();
    Schema sqlite = migratedSqlite();
    Schema postgresql = migratedPostgres();

    List<Difference> differences = SchemaComparison.compare(sqlite, postgresql);
    assertThat(sqlite.tables().get("activity_session").checks())
        .as("SQLite's checks are read")
        .contains("new_participants >= 0 and new_participants <= attendance");
    assertThat(postgresql.tables().get("activity_session").checks())
        .as("PostgreSQL's checks are read")
        .contains("new_participants >= 0 and new_participants <= attendance");

    assertThat(SchemaComparison.unexplained(differences, DialectDifferences.ALLOWED))
        .as("differences between the dialects that no allowance in DialectDifferences explains")
        .isEmpty();
    assertThat(SchemaComparison.unused(differences, DialectDifferences.ALLOWED))
        .as("allowances in DialectDifferences that no difference needs any more")
        .isEmpty();
  }

  @Test
  void aMigrationChangedOnOneSideOnlyFailsTheComparison() throws Exception {
    TestPostgres.requireReachable();
    Path copy = Files.createTempDirectory("cohesion-migrations-");
    try {
      // Today's migrations (from the module's sources: the class path may be a jar), but SQLite's
      // V6 gives activities one more column.
      for (String folder : List.of("common", "sqlite")) {
        Path from = Path.of("src", "main", "resources", "db", "migration", folder);
        Path to = Files.createDirectories(copy.resolve(folder));
        try (var files = Files.list(from)) {
          for (Path file : files.toList()) {
            Files.copy(file, to.resolve(file.getFileName()));
          }
        }
      }
      Path v6 = copy.resolve("sqlite").resolve("V6__activities.sql");
      String status = "  status           VARCHAR(20)  NOT NULL,\n";
      assertThat(Files.readString(v6)).contains(status);
      Files.writeString(
          v6, Files.readString(v6).replace(status, status + "  note             TEXT,\n"));

      List<Difference> differences =
          SchemaComparison.compare(migratedSqlite(copy), migratedPostgres());

      assertThat(SchemaComparison.unexplained(differences, DialectDifferences.ALLOWED))
          .extracting(Difference::toString)
          .containsExactly(
              "table activity, column note, exists: sqlite present, postgresql absent");
    } finally {
      TempFiles.deleteRecursively(copy);
    }
  }

  /** A SQLite database migrated with the files in {@code copy} instead of the class path's. */
  private static Schema migratedSqlite(Path copy) throws Exception {
    Path dir = Files.createTempDirectory("cohesion-schema-");
    try {
      SQLiteDataSource file = new SQLiteDataSource();
      file.setUrl("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE));
      Migrations.configure(file, new SqliteDialect(), Optional.empty())
          .locations("filesystem:" + copy.resolve("common"), "filesystem:" + copy.resolve("sqlite"))
          .load()
          .migrate();
      try (Connection c = file.getConnection()) {
        return SqliteSchema.read(c, DialectDifferences.NOT_COMPARED);
      }
    } finally {
      TempFiles.deleteRecursively(dir);
    }
  }

  private static Schema migratedSqlite() throws Exception {
    Path dir = Files.createTempDirectory("cohesion-schema-");
    try {
      Stores.open(new StoreConfig.Sqlite(dir)).close();
      try (Connection c =
          DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE))) {
        return SqliteSchema.read(c, DialectDifferences.NOT_COMPARED);
      }
    } finally {
      TempFiles.deleteRecursively(dir);
    }
  }

  private static Schema migratedPostgres() throws Exception {
    String schema = TestPostgres.newSchema();
    try {
      Stores.open(TestPostgres.config(schema)).close();
      try (Connection c = TestPostgres.connect()) {
        return PostgresSchema.read(c, schema, DialectDifferences.NOT_COMPARED);
      }
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }
}
