package io.cohesion.persistence.schema;

import io.cohesion.persistence.schema.Schema.Column;
import io.cohesion.persistence.schema.Schema.ForeignKey;
import io.cohesion.persistence.schema.Schema.Index;
import io.cohesion.persistence.schema.Schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a SQLite database's schema: tables from {@code sqlite_schema}, columns, keys and indexes
 * from the {@code pragma}s, and what no pragma tells (check constraints, the predicates of partial
 * indexes, {@code AUTOINCREMENT}) from the {@code CREATE} statements SQLite keeps as written.
 *
 * <p>A rowid alias (an {@code INTEGER PRIMARY KEY} column of a rowid table) is read as generated
 * "rowid" ("rowid autoincrement" with {@code AUTOINCREMENT}) and never null: SQLite gives it a
 * value when none is given, even where the column is not declared {@code NOT NULL}.
 */
public final class SqliteSchema {
  private SqliteSchema() {}

  /** The schema of {@code connection}'s main database, without the tables in {@code ignored}. */
  public static Schema read(Connection connection, Set<String> ignored) throws SQLException {
    Map<String, String> sql = new TreeMap<>();
    Map<String, Boolean> withoutRowid = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")) {
      while (rs.next()) {
        String name = rs.getString("name");
        if (!ignored.contains(name) && !name.equals("sqlite_schema")) {
          withoutRowid.put(name, rs.getBoolean("wr"));
        }
      }
    }
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")) {
      while (rs.next()) {
        sql.put(rs.getString("name"), rs.getString("sql"));
      }
    }
    List<Table> tables = new ArrayList<>();
    for (var entry : withoutRowid.entrySet()) {
      tables.add(table(connection, entry.getKey(), entry.getValue(), sql));
    }
    return Schema.of("sqlite", tables);
  }

  private static Table table(
      Connection connection, String name, boolean withoutRowid, Map<String, String> sql)
      throws SQLException {
    String create = sql.getOrDefault(name, "");
    List<Column> columns = new ArrayList<>();
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = query(connection, "SELECT * FROM pragma_table_info(?)", name)) {
      while (rs.next()) {
        String column = rs.getString("name");
        String declared = rs.getString("type");
        int pk = rs.getInt("pk");
        if (pk > 0) {
          key.put(pk, column);
        }
        columns.add(
            new Column(
                column,
                DialectTypes.sqlite(declared),
                declared,
                rs.getInt("notnull") == 0,
                Optional.ofNullable(rs.getString("dflt_value")).map(SqlExpressions::normalise),
                Optional.empty(),
                Map.of()));
      }
    }
    List<String> primaryKey = List.copyOf(key.values());
    if (!withoutRowid && primaryKey.size() == 1) {
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        if (c.name().equals(primaryKey.get(0)) && c.declared().equalsIgnoreCase("INTEGER")) {
          boolean autoincrement =
              SqlExpressions.tokens(withoutComments(create)).contains("autoincrement");
          columns.set(
              i,
              c.withNullable(false).withGenerated(autoincrement ? "rowid autoincrement" : "rowid"));
        }
      }
    }
    Table table = Table.of(name, columns, primaryKey);
    return table
        .withIndexes(indexes(connection, name, sql))
        .withForeignKeys(foreignKeys(connection, name))
        .withChecks(checks(create))
        .withOptions(withoutRowid ? Map.of("without rowid", "yes") : Map.of());
  }

  private static List<Index> indexes(Connection connection, String table, Map<String, String> sql)
      throws SQLException {
    List<Index> indexes = new ArrayList<>();
    try (ResultSet rs = query(connection, "SELECT * FROM pragma_index_list(?)", table)) {
      while (rs.next()) {
        String origin = rs.getString("origin");
        if (origin.equals("pk")) {
          continue;
        }
        String name = rs.getString("name");
        List<String> columns = new ArrayList<>();
        try (ResultSet ic =
            query(connection, "SELECT * FROM pragma_index_info(?) ORDER BY seqno", name)) {
          while (ic.next()) {
            String column = ic.getString("name");
            columns.add(column == null ? "<expression>" : column);
          }
        }
        Optional<String> where = Optional.empty();
        if (rs.getBoolean("partial")) {
          where = Optional.of(SqlExpressions.normalise(predicate(sql.get(name))));
        }
        indexes.add(
            new Index(
                origin.equals("u") ? "unique(" + String.join(", ", columns) + ")" : name,
                rs.getBoolean("unique"),
                columns,
                where));
      }
    }
    return indexes;
  }

  private static List<ForeignKey> foreignKeys(Connection connection, String table)
      throws SQLException {
    Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
    try (ResultSet rs =
        query(connection, "SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)) {
      while (rs.next()) {
        byId.computeIfAbsent(rs.getInt("id"), id -> new ArrayList<>())
            .add(
                new String[] {
                  rs.getString("from"),
                  rs.getString("table"),
                  rs.getString("to"),
                  rs.getString("on_delete")
                });
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (List<String[]> parts : byId.values()) {
      String referencedTable = parts.get(0)[1];
      List<String> columns = parts.stream().map(p -> p[0]).toList();
      List<String> referenced = new ArrayList<>();
      for (String[] part : parts) {
        referenced.add(part[2]);
      }
      if (referenced.contains(null)) {
        referenced = primaryKey(connection, referencedTable);
      }
      keys.add(
          new ForeignKey(
              columns, referencedTable, referenced, parts.get(0)[3].toUpperCase(Locale.ROOT)));
    }
    return keys;
  }

  private static List<String> primaryKey(Connection connection, String table) throws SQLException {
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = query(connection, "SELECT * FROM pragma_table_info(?)", table)) {
      while (rs.next()) {
        if (rs.getInt("pk") > 0) {
          key.put(rs.getInt("pk"), rs.getString("name"));
        }
      }
    }
    return List.copyOf(key.values());
  }

  /**
   * The expressions of the {@code CHECK} constraints in a {@code CREATE TABLE} statement,
   * normalised: each {@code CHECK} keyword outside comments and quotes and the parenthesised
   * expression after it.
   */
  static List<String> checks(String create) {
    String sql = withoutComments(create);
    List<String> checks = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = afterQuoted(sql, i);
      } else if (startsWord(sql, i, "check")) {
        int open = i + "check".length();
        while (open < sql.length() && Character.isWhitespace(sql.charAt(open))) {
          open++;
        }
        int close = matching(sql, open);
        checks.add(SqlExpressions.normalise(sql.substring(open + 1, close)));
        i = close + 1;
      } else {
        i++;
      }
    }
    return checks;
  }

  /** The predicate of a {@code CREATE INDEX … WHERE …} statement. */
  static String predicate(String createIndex) {
    String sql = withoutComments(createIndex);
    int where = -1;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = afterQuoted(sql, i);
      } else if (startsWord(sql, i, "where")) {
        where = i + "where".length();
        i = where;
      } else {
        i++;
      }
    }
    if (where < 0) {
      throw new IllegalArgumentException("a partial index without WHERE: " + createIndex);
    }
    return sql.substring(where).trim();
  }

  private static String withoutComments(String sql) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = afterQuoted(sql, i);
        out.append(sql, i, end);
        i = end;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int afterQuoted(String sql, int open) {
    char close = sql.charAt(open) == '[' ? ']' : sql.charAt(open);
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == close) {
        if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean startsWord(String sql, int i, String word) {
    return sql.regionMatches(true, i, word, 0, word.length())
        && (i == 0 || !isWordChar(sql.charAt(i - 1)))
        && (i + word.length() == sql.length() || !isWordChar(sql.charAt(i + word.length())));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int matching(String sql, int open) {
    if (open >= sql.length() || sql.charAt(open) != '(') {
      throw new IllegalArgumentException("CHECK without its parenthesis: " + sql);
    }
    int depth = 0;
    int i = open;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = afterQuoted(sql, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException("CHECK without its closing parenthesis: " + sql);
  }

  private static ResultSet query(Connection connection, String sql, String argument)
      throws SQLException {
    var statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    statement.setString(1, argument);
    return statement.executeQuery();
  }
}
