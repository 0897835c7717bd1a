package io.cohesion.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.persistence.schema.Schema.Column;
import io.cohesion.persistence.schema.Schema.ForeignKey;
import io.cohesion.persistence.schema.Schema.Index;
import io.cohesion.persistence.schema.Schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Two hand-made schemas that differ in one thing each: that one difference is reported. */
class SchemaComparisonTest {
  private static final Table WAVE =
      Table.of(
          "wave",
          List.of(
              Column.of("id", "varchar(100)", false),
              Column.of("version", "bigint", false),
              Column.of("label", "text", true).withDefault("'[]'")),
          List.of("id"));

  private static final Table ANSWER =
      Table.of(
              "answer",
              List.of(
                  Column.of("id", "bigint", false).withGenerated("identity always"),
                  Column.of("wave_id", "varchar(100)", false),
                  Column.of("score", "integer", false),
                  Column.of("key", "varchar(200)", true)),
              List.of("wave_id", "id"))
          .withIndexes(
              List.of(
                  new Index(
                      "answer_by_score", false, List.of("wave_id", "score"), Optional.empty()),
                  new Index(
                      "answer_key",
                      true,
                      List.of("wave_id", "key"),
                      Optional.of("key is not null"))))
          .withForeignKeys(
              List.of(new ForeignKey(List.of("wave_id"), "wave", List.of("id"), "CASCADE")))
          .withChecks(List.of("score >= 0"));

  private static final Schema SQLITE = Schema.of("sqlite", List.of(WAVE, ANSWER));
  private static final Schema POSTGRESQL = Schema.of("postgresql", List.of(WAVE, ANSWER));

  @Test
  void equalSchemasDoNotDiffer() {
    assertThat(SchemaComparison.compare(SQLITE, POSTGRESQL)).isEmpty();
  }

  @Test
  void aTableOnOneSideOnly() {
    assertThat(SchemaComparison.compare(SQLITE.without("wave"), POSTGRESQL))
        .containsExactly(new Difference("wave", "table", "exists", "absent", "present"));
  }

  @Test
  void aColumnOnOneSideOnlyNamesTableAndColumn() {
    assertThat(
            differences(
                t -> t.name().equals("answer") ? t.with(Column.of("note", "text", true)) : t))
        .extracting(Difference::toString)
        .containsExactly("table answer, column note, exists: sqlite present, postgresql absent");
  }

  @Test
  void aMappedTypeThatDiffers() {
    assertThat(differences(column("answer", "score", c -> c.withType("bigint", "BIGINT"))))
        .containsExactly(
            new Difference(
                "answer", "column score", "type", "bigint (BIGINT)", "integer (integer)"));
  }

  @Test
  void nullability() {
    assertThat(differences(column("wave", "version", c -> c.withNullable(true))))
        .containsExactly(new Difference("wave", "column version", "nullable", "true", "false"));
  }

  @Test
  void aDefault() {
    assertThat(differences(column("wave", "label", c -> c.withDefault("'{}'"))))
        .containsExactly(new Difference("wave", "column label", "default", "'{}'", "'[]'"));
  }

  @Test
  void howValuesAreGenerated() {
    assertThat(differences(column("answer", "id", c -> c.withGenerated("rowid"))))
        .containsExactly(
            new Difference("answer", "column id", "generated", "rowid", "identity always"));
  }

  @Test
  void aColumnOption() {
    assertThat(differences(column("answer", "key", c -> c.withOptions(Map.of("collation", "C")))))
        .containsExactly(new Difference("answer", "column key", "collation", "C", "none"));
  }

  @Test
  void thePrimaryKeysColumnsInOrder() {
    assertThat(differences(table("answer", t -> t.withPrimaryKey(List.of("id", "wave_id")))))
        .containsExactly(
            new Difference("answer", "primary key", "columns", "(id, wave_id)", "(wave_id, id)"));
  }

  @Test
  void anIndexOnOneSideOnly() {
    assertThat(differences(table("answer", t -> t.withIndexes(List.of(ANSWER.indexes().get(1))))))
        .containsExactly(
            new Difference("answer", "index answer_by_score", "exists", "absent", "present"));
  }

  @Test
  void anIndexsColumnsInOrder() {
    Index swapped =
        new Index("answer_by_score", false, List.of("score", "wave_id"), Optional.empty());
    assertThat(
            differences(
                table("answer", t -> t.withIndexes(List.of(swapped, ANSWER.indexes().get(1))))))
        .containsExactly(
            new Difference(
                "answer",
                "index answer_by_score",
                "columns",
                "(score, wave_id)",
                "(wave_id, score)"));
  }

  @Test
  void anIndexsUniqueness() {
    Index unique =
        new Index("answer_by_score", true, List.of("wave_id", "score"), Optional.empty());
    assertThat(
            differences(
                table("answer", t -> t.withIndexes(List.of(unique, ANSWER.indexes().get(1))))))
        .containsExactly(
            new Difference("answer", "index answer_by_score", "unique", "true", "false"));
  }

  @Test
  void aPartialIndexsPredicate() {
    Index whole = new Index("answer_key", true, List.of("wave_id", "key"), Optional.empty());
    assertThat(
            differences(
                table("answer", t -> t.withIndexes(List.of(ANSWER.indexes().get(0), whole)))))
        .containsExactly(
            new Difference("answer", "index answer_key", "where", "none", "key is not null"));
  }

  @Test
  void aForeignKeyOnOneSideOnly() {
    assertThat(differences(table("answer", t -> t.withForeignKeys(List.of()))))
        .containsExactly(
            new Difference("answer", "foreign key (wave_id)", "exists", "absent", "present"));
  }

  @Test
  void aForeignKeysOnDelete() {
    ForeignKey noAction = new ForeignKey(List.of("wave_id"), "wave", List.of("id"), "NO ACTION");
    assertThat(differences(table("answer", t -> t.withForeignKeys(List.of(noAction)))))
        .containsExactly(
            new Difference("answer", "foreign key (wave_id)", "on delete", "NO ACTION", "CASCADE"));
  }

  @Test
  void whatAForeignKeyReferences() {
    ForeignKey other = new ForeignKey(List.of("wave_id"), "answer", List.of("id"), "CASCADE");
    assertThat(differences(table("answer", t -> t.withForeignKeys(List.of(other)))))
        .containsExactly(
            new Difference(
                "answer", "foreign key (wave_id)", "references", "answer (id)", "wave (id)"));
  }

  @Test
  void aCheckThatDiffers() {
    assertThat(differences(table("answer", t -> t.withChecks(List.of("score >= 1")))))
        .containsExactly(
            new Difference("answer", "check score >= 0", "exists", "absent", "present"),
            new Difference("answer", "check score >= 1", "exists", "present", "absent"));
  }

  @Test
  void aTableOption() {
    assertThat(differences(table("wave", t -> t.withOptions(Map.of("without rowid", "yes")))))
        .containsExactly(new Difference("wave", "table", "without rowid", "yes", "none"));
  }

  @Test
  void anAllowanceExplainsTheDifferenceItNames() {
    List<Difference> differences =
        differences(column("answer", "key", c -> c.withOptions(Map.of("collation", "C"))));
    Allowance collation =
        new Allowance(Allowance.ANY, Allowance.ANY, "collation", "C", Allowance.ANY, "why");
    Allowance otherColumn = Allowance.of("answer", "column id", "collation", "why");

    assertThat(SchemaComparison.unexplained(differences, List.of(collation))).isEmpty();
    assertThat(SchemaComparison.unexplained(differences, List.of(otherColumn)))
        .isEqualTo(differences);
  }

  @Test
  void anAllowanceThatNoDifferenceNeedsIsReported() {
    Allowance stale = Allowance.of("answer", "column id", "type", "was needed once");

    assertThat(SchemaComparison.unused(List.of(), List.of(stale))).containsExactly(stale);
  }

  /** The differences when SQLite's side is {@link #SQLITE} with its tables changed by {@code f}. */
  private static List<Difference> differences(UnaryOperator<Table> change) {
    Schema sqlite = SQLITE;
    for (Table table : SQLITE.tables().values()) {
      sqlite = sqlite.with(change.apply(table));
    }
    return SchemaComparison.compare(sqlite, POSTGRESQL);
  }

  private static UnaryOperator<Table> table(String name, UnaryOperator<Table> change) {
    return t -> t.name().equals(name) ? change.apply(t) : t;
  }

  private static UnaryOperator<Table> column(
      String table, String column, UnaryOperator<Column> change) {
    return table(table, t -> t.with(change.apply(t.column(column).orElseThrow())));
  }
}
