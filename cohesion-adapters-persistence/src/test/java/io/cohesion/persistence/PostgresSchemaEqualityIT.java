package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

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
