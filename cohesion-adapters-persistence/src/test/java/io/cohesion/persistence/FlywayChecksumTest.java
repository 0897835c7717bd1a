package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Flyway's checksum of a migration covers, which decides what moving our migrations may do to
 * databases that applied them already (docs/persistence.md#migrations-live-once): the file's text
 * as written, before placeholders are replaced, and not where the file lies.
 */
class FlywayChecksumTest {
  private static final String WITH_PLACEHOLDER =
      "CREATE TABLE thing (id VARCHAR(10)${collate} NOT NULL PRIMARY KEY);\n";

  private Path dir;

  @BeforeEach
  void createDirectory() throws Exception {
    dir = Files.createTempDirectory("cohesion-checksum-");
  }

  @AfterEach
  void deleteDirectory() throws Exception {
    TempFiles.deleteRecursively(dir);
  }

  private Path migrations(String location, String text) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(location));
    Files.writeString(folder.resolve("V1__thing.sql"), text);
    return folder;
  }

  private String database(String name) {
    return "jdbc:sqlite:" + dir.resolve(name + ".db");
  }

  private static Flyway flyway(String url, Path location, Map<String, String> placeholders) {
    return Flyway.configure()
        .dataSource(url, null, null)
        .locations("filesystem:" + location)
        .placeholders(placeholders)
        .load();
  }

  private static int appliedChecksum(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '1'")) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  @Test
  void theChecksumIsOfTheTextBeforePlaceholdersAreReplaced() throws Exception {
    Path placeholder = migrations("placeholder", WITH_PLACEHOLDER);
    Path literal = migrations("literal", WITH_PLACEHOLDER.replace("${collate}", ""));
    flyway(database("empty"), placeholder, Map.of("collate", "")).migrate();
    flyway(database("binary"), placeholder, Map.of("collate", " COLLATE BINARY")).migrate();
    flyway(database("literal"), literal, Map.of()).migrate();

    // Two values of the placeholder, one checksum: it is taken before the replacement ...
    assertThat(appliedChecksum(database("binary"))).isEqualTo(appliedChecksum(database("empty")));
    // ... so the text the database ran (here the literal one) has another checksum.
    assertThat(appliedChecksum(database("literal")))
        .isNotEqualTo(appliedChecksum(database("empty")));
    assertThat(flyway(database("literal"), placeholder, Map.of("collate", "")).validateWithResult())
        .matches(result -> !result.validationSuccessful, "a replaced file fails validation");
  }

  @Test
  void aFileMovedToAnotherLocationKeepsItsChecksumAndValidates() throws Exception {
    Path before = migrations("sqlite", WITH_PLACEHOLDER);
    Path after = migrations("common", WITH_PLACEHOLDER);
    flyway(database("moved"), before, Map.of("collate", "")).migrate();

    var validation = flyway(database("moved"), after, Map.of("collate", "")).validateWithResult();

    assertThat(validation.validationSuccessful).isTrue();
    assertThat(flyway(database("moved"), after, Map.of("collate", "")).info().pending()).isEmpty();
  }
}
