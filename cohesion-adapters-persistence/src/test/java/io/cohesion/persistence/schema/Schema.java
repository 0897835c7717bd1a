package io.cohesion.persistence.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A database schema as {@link SchemaComparison} sees it: what each dialect's reader ({@link
 * SqliteSchema}, {@link PostgresSchema}) found after migrating, with column types already mapped to
 * one vocabulary by {@link DialectTypes} and expressions normalised by {@link SqlExpressions}.
 *
 * @param dialect names the side in messages ("sqlite", "postgresql")
 * @param tables by name
 */
public record Schema(String dialect, SortedMap<String, Table> tables) {
  public Schema {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
  }

  public static Schema of(String dialect, List<Table> tables) {
    SortedMap<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      if (byName.put(table.name(), table) != null) {
        throw new IllegalArgumentException("table " + table.name() + " given twice");
      }
    }
    return new Schema(dialect, byName);
  }

  /** This schema with {@code table} added, or in place of the table of its name. */
  public Schema with(Table table) {
    SortedMap<String, Table> changed = new TreeMap<>(tables);
    changed.put(table.name(), table);
    return new Schema(dialect, changed);
  }

  /** This schema without the table {@code name}. */
  public Schema without(String name) {
    SortedMap<String, Table> changed = new TreeMap<>(tables);
    changed.remove(name);
    return new Schema(dialect, changed);
  }

  /**
   * A table.
   *
   * @param primaryKey its columns in key order; empty when the table has none
   * @param checks the check constraints, normalised ({@link SqlExpressions#normalise})
   * @param options what only one dialect knows of a table (SQLite's {@code WITHOUT ROWID}), by name
   */
  public record Table(
      String name,
      List<Column> columns,
      List<String> primaryKey,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<String> checks,
      Map<String, String> options) {
    public Table {
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
      indexes = List.copyOf(indexes);
      foreignKeys = List.copyOf(foreignKeys);
      checks = List.copyOf(checks);
      options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    public static Table of(String name, List<Column> columns, List<String> primaryKey) {
      return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), Map.of());
    }

    public Optional<Column> column(String column) {
      return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** This table with {@code column} added, or in place of the column of its name. */
    public Table with(Column column) {
      List<Column> changed = new ArrayList<>(columns);
      changed.removeIf(c -> c.name().equals(column.name()));
      changed.add(column);
      return new Table(name, changed, primaryKey, indexes, foreignKeys, checks, options);
    }

    public Table withPrimaryKey(List<String> key) {
      return new Table(name, columns, key, indexes, foreignKeys, checks, options);
    }

    public Table withIndexes(List<Index> changed) {
      return new Table(name, columns, primaryKey, changed, foreignKeys, checks, options);
    }

    public Table withForeignKeys(List<ForeignKey> changed) {
      return new Table(name, columns, primaryKey, indexes, changed, checks, options);
    }

    public Table withChecks(List<String> changed) {
      return new Table(name, columns, primaryKey, indexes, foreignKeys, changed, options);
    }

    public Table withOptions(Map<String, String> changed) {
      return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, changed);
    }
  }

  /**
   * A column.
   *
   * @param type the type mapped by {@link DialectTypes}, the same word in both dialects
   * @param declared the type as the database reports it, for messages
   * @param defaultValue the default expression, normalised
   * @param generated how the database gives values of its own: "rowid", "rowid autoincrement",
   *     "identity always", "identity by default"
   * @param options what only one dialect knows of a column (PostgreSQL's collation, storage and
   *     statistics target where they differ from the type's), by name
   */
  public record Column(
      String name,
      String type,
      String declared,
      boolean nullable,
      Optional<String> defaultValue,
      Optional<String> generated,
      Map<String, String> options) {
    public Column {
      options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    /** A column without default, generation or options; its declared type is its mapped type. */
    public static Column of(String name, String type, boolean nullable) {
      return new Column(name, type, type, nullable, Optional.empty(), Optional.empty(), Map.of());
    }

    public Column withType(String mapped, String declaredType) {
      return new Column(name, mapped, declaredType, nullable, defaultValue, generated, options);
    }

    public Column withNullable(boolean changed) {
      return new Column(name, type, declared, changed, defaultValue, generated, options);
    }

    public Column withDefault(String expression) {
      return new Column(
          name, type, declared, nullable, Optional.of(expression), generated, options);
    }

    public Column withGenerated(String how) {
      return new Column(name, type, declared, nullable, defaultValue, Optional.of(how), options);
    }

    public Column withOptions(Map<String, String> changed) {
      return new Column(name, type, declared, nullable, defaultValue, generated, changed);
    }
  }

  /**
   * An index that is not the primary key's.
   *
   * @param name the index's name; an index a {@code UNIQUE} constraint made is named {@code
   *     unique(column, …)}, since the dialects name those differently
   * @param columns in index order; an expression is {@code <expression>}
   * @param where the predicate of a partial index, normalised
   */
  public record Index(String name, boolean unique, List<String> columns, Optional<String> where) {
    public Index {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A foreign key.
   *
   * @param onDelete in PostgreSQL's words: "NO ACTION", "CASCADE", "RESTRICT", "SET NULL", "SET
   *     DEFAULT"
   */
  public record ForeignKey(
      List<String> columns, String table, List<String> referenced, String onDelete) {
    public ForeignKey {
      columns = List.copyOf(columns);
      referenced = List.copyOf(referenced);
    }
  }
}
