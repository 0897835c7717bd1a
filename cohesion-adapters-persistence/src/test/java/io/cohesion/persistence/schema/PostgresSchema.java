package io.cohesion.persistence.schema;

import io.cohesion.persistence.schema.Schema.Column;
import io.cohesion.persistence.schema.Schema.ForeignKey;
import io.cohesion.persistence.schema.Schema.Index;
import io.cohesion.persistence.schema.Schema.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a PostgreSQL schema from the catalog ({@code pg_catalog}): tables, columns with the type
 * {@code format_type} names, identity, collation, storage and statistics target where they are not
 * the type's or the default, keys, indexes and constraints as PostgreSQL prints them back.
 */
public final class PostgresSchema {
  private static final Map<String, String> STORAGE =
      Map.of("p", "plain", "e", "external", "m", "main", "x", "extended");
  private static final Map<String, String> ON_DELETE =
      Map.of(
          "a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");

  private PostgresSchema() {}

  /** The tables of {@code schema}, without those in {@code ignored}. */
  public static Schema read(Connection connection, String schema, Set<String> ignored)
      throws SQLException {
    Map<String, List<Column>> columns = new TreeMap<>();
    try (ResultSet rs =
        query(
            connection,
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS default_value,
                   a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                   CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
                   coalesce(a.attstattarget, -1) AS statistics
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
            ORDER BY c.relname, a.attnum
            """,
            schema)) {
      while (rs.next()) {
        String table = rs.getString("relname");
        if (ignored.contains(table)) {
          continue;
        }
        Map<String, String> options = new HashMap<>();
        Optional.ofNullable(rs.getString("collation")).ifPresent(c -> options.put("collation", c));
        Optional.ofNullable(rs.getString("storage"))
            .ifPresent(s -> options.put("storage", STORAGE.getOrDefault(s, s)));
        int statistics = rs.getInt("statistics");
        if (statistics >= 0) {
          options.put("statistics", String.valueOf(statistics));
        }
        String identity = rs.getString("attidentity");
        Optional<String> generated =
            switch (identity == null ? "" : identity) {
              case "a" -> Optional.of("identity always");
              case "d" -> Optional.of("identity by default");
              default -> Optional.empty();
            };
        if (!"".equals(rs.getString("attgenerated"))) {
          generated = Optional.of("stored expression");
        }
        String type = rs.getString("type");
        columns
            .computeIfAbsent(table, t -> new ArrayList<>())
            .add(
                new Column(
                    rs.getString("attname"),
                    DialectTypes.postgresql(type),
                    type,
                    !rs.getBoolean("attnotnull"),
                    Optional.ofNullable(rs.getString("default_value"))
                        .map(SqlExpressions::normalise),
                    generated,
                    options));
      }
    }

    Map<String, List<String>> primaryKeys = new HashMap<>();
    Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
    Map<String, List<String>> checks = new HashMap<>();
    try (ResultSet rs =
        query(
            connection,
            """
            SELECT c.relname, k.contype, k.conkey, k.confkey, r.relname AS referenced,
                   k.confdeltype, pg_get_constraintdef(k.oid) AS definition,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n
                         ORDER BY u.o) AS columns,
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n
                         ORDER BY u.o) AS referenced_columns
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class r ON r.oid = k.confrelid
            WHERE n.nspname = ? AND k.contype IN ('p', 'f', 'c')
            ORDER BY c.relname, k.conname
            """,
            schema)) {
      while (rs.next()) {
        String table = rs.getString("relname");
        List<String> keyColumns = strings(rs.getArray("columns"));
        switch (rs.getString("contype")) {
          case "p" -> primaryKeys.put(table, keyColumns);
          case "f" ->
              foreignKeys
                  .computeIfAbsent(table, t -> new ArrayList<>())
                  .add(
                      new ForeignKey(
                          keyColumns,
                          rs.getString("referenced"),
                          strings(rs.getArray("referenced_columns")),
                          ON_DELETE.get(rs.getString("confdeltype"))));
          default ->
              checks
                  .computeIfAbsent(table, t -> new ArrayList<>())
                  .add(SqlExpressions.normalise(checkExpression(rs.getString("definition"))));
        }
      }
    }

    Map<String, List<Index>> indexes = new HashMap<>();
    try (ResultSet rs =
        query(
            connection,
            """
            SELECT c.relname AS table_name, i.relname AS index_name, x.indisunique,
                   pg_get_expr(x.indpred, x.indrelid) AS predicate,
                   EXISTS (SELECT 1 FROM pg_constraint k
                           WHERE k.conindid = x.indexrelid AND k.contype = 'u') AS constraint_made,
                   ARRAY(SELECT coalesce(a.attname, '<expression>')
                         FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, o)
                         LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n
                         WHERE u.o <= x.indnkeyatts
                         ORDER BY u.o) AS columns
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND NOT x.indisprimary
            ORDER BY c.relname, i.relname
            """,
            schema)) {
      while (rs.next()) {
        List<String> indexColumns = strings(rs.getArray("columns"));
        String name =
            rs.getBoolean("constraint_made")
                ? "unique(" + String.join(", ", indexColumns) + ")"
                : rs.getString("index_name");
        indexes
            .computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>())
            .add(
                new Index(
                    name,
                    rs.getBoolean("indisunique"),
                    indexColumns,
                    Optional.ofNullable(rs.getString("predicate")).map(SqlExpressions::normalise)));
      }
    }

    List<Table> tables = new ArrayList<>();
    for (var entry : columns.entrySet()) {
      String name = entry.getKey();
      tables.add(
          Table.of(name, entry.getValue(), primaryKeys.getOrDefault(name, List.of()))
              .withIndexes(indexes.getOrDefault(name, List.of()))
              .withForeignKeys(foreignKeys.getOrDefault(name, List.of()))
              .withChecks(checks.getOrDefault(name, List.of())));
    }
    return Schema.of("postgresql", tables);
  }

  /** The expression of {@code CHECK (…)} as {@code pg_get_constraintdef} prints it. */
  static String checkExpression(String definition) {
    String d = definition.trim();
    if (d.endsWith("NOT VALID")) {
      d = d.substring(0, d.length() - "NOT VALID".length()).trim();
    }
    if (!d.startsWith("CHECK ")) {
      throw new IllegalArgumentException("not a check constraint: " + definition);
    }
    return d.substring("CHECK ".length());
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private static ResultSet query(Connection connection, String sql, String argument)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    statement.setString(1, argument);
    return statement.executeQuery();
  }
}
