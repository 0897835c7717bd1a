package io.cohesion.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.persistence.schema.Schema.Column;
import io.cohesion.persistence.schema.Schema.ForeignKey;
import io.cohesion.persistence.schema.Schema.Index;
import io.cohesion.persistence.schema.Schema.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the SQLite reader makes of tables written the way the migrations write them. */
class SqliteSchemaTest {
  @Test
  void readsColumnsKeysIndexesForeignKeysAndChecks() throws Exception {
    Table answer = read("answer");

    assertThat(answer.column("id"))
        .contains(
            new Column(
                "id",
                "integer",
                "INTEGER",
                false,
                Optional.empty(),
                Optional.of("rowid autoincrement"),
                Map.of()));
    assertThat(answer.column("kind"))
        .contains(
            new Column(
                "kind",
                "varchar(20)",
                "VARCHAR(20)",
                false,
                Optional.of("'sha256'"),
                Optional.empty(),
                Map.of()));
    assertThat(answer.primaryKey()).containsExactly("id");
    assertThat(answer.indexes())
        .containsExactlyInAnyOrder(
            new Index(
                "answer_key", true, List.of("wave_id", "key"), Optional.of("key is not null")),
            new Index("answer_by_score", false, List.of("score", "wave_id"), Optional.empty()));
    assertThat(answer.foreignKeys())
        .containsExactly(new ForeignKey(List.of("wave_id"), "wave", List.of("id"), "CASCADE"));
    assertThat(answer.checks())
        .containsExactlyInAnyOrder(
            "score >= 0 and score <= 10",
            "kind = any array['sha256' , 'hmac-sha256']",
            "kind <> ''");
  }

  @Test
  void aRowidAliasIsNeverNullAndAKeyedTableHasNoRowid() throws Exception {
    assertThat(read("session").column("id").orElseThrow())
        .extracting(Column::nullable, Column::generated)
        .containsExactly(false, Optional.of("rowid"));
    assertThat(read("block").options()).containsEntry("without rowid", "yes");
    assertThat(read("block").column("block").orElseThrow().generated()).isEmpty();
  }

  private static Table read(String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE wave (id VARCHAR(100) NOT NULL PRIMARY KEY)");
      s.execute(
          """
          CREATE TABLE answer (
            id      INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
            -- a comment with CHECK (nothing) in it
            wave_id VARCHAR(100) NOT NULL REFERENCES wave ON DELETE CASCADE,
            score   INTEGER      NOT NULL CHECK (score BETWEEN 0 AND 10),
            key     VARCHAR(200),
            note    TEXT         DEFAULT 'check (not this)'
          )""");
      s.execute(
          "ALTER TABLE answer ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'sha256'"
              + " CHECK (kind IN ('sha256', 'hmac-sha256')) CHECK (kind <> '')");
      s.execute(
          "CREATE UNIQUE INDEX answer_key ON answer (wave_id, key) /* where? */"
              + " WHERE key IS NOT NULL");
      s.execute("CREATE INDEX answer_by_score ON answer (score, wave_id)");
      s.execute("CREATE TABLE session (id INTEGER PRIMARY KEY, held VARCHAR(10) NOT NULL)");
      s.execute(
          "CREATE TABLE block (wave_id VARCHAR(100) NOT NULL, block INTEGER NOT NULL,"
              + " PRIMARY KEY (block)) WITHOUT ROWID");
      return SqliteSchema.read(c, Set.of()).tables().get(table);
    }
  }
}
