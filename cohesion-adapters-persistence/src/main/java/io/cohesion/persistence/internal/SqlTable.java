package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * One table of versioned aggregates: {@code id}, {@code version} and the aggregate's own columns.
 * Creates, reads, updates and deletes at an expected version and lists by id, optionally within one
 * value of a scope column (the neighbourhood of a building, the building of an ambassador).
 *
 * <p>Every write runs in one transaction that first checks the aggregates it refers to, so that a
 * missing one is a {@link NotFoundException} naming it rather than a foreign key error, and that
 * nothing is written when a check fails. A delete likewise first looks for the rows that refer to
 * the aggregate ({@link Referrer}) and refuses with a {@link ConflictException} naming them; the
 * foreign keys stay as the last guard.
 */
final class SqlTable<T> implements VersionedRows<T> {
  /** How a column's value is bound. */
  enum Type {
    TEXT,
    INTEGER,
    BOOLEAN
  }

  /**
   * A column of the aggregate besides {@code id} and {@code version}.
   *
   * @param value the column's value for an aggregate; {@code null} for SQL NULL
   */
  record Column<T>(String name, Type type, Function<T, Object> value) {
    static <T> Column<T> text(String name, Function<T, String> value) {
      return new Column<>(name, Type.TEXT, value::apply);
    }

    static <T> Column<T> integer(String name, Function<T, Integer> value) {
      return new Column<>(name, Type.INTEGER, value::apply);
    }

    static <T> Column<T> bool(String name, Function<T, Boolean> value) {
      return new Column<>(name, Type.BOOLEAN, value::apply);
    }
  }

  /**
   * Other aggregates an aggregate refers to, which must be stored before it.
   *
   * @param kind what they are, for messages ({@code neighbourhood})
   * @param table their table
   * @param ids their ids
   */
  record Reference<T>(String kind, String table, Function<T, List<String>> ids) {
    static <T> Reference<T> one(String kind, String table, Function<T, String> id) {
      return new Reference<>(kind, table, t -> List.of(id.apply(t)));
    }
  }

  /**
   * Rows of another table that refer to an aggregate of this one, which keep it from being deleted.
   *
   * @param kind what they are, for messages ({@code building})
   * @param table their table
   * @param column their column that holds this table's id
   * @param remedy what the caller may do about them, for messages
   */
  record Referrer(String kind, String table, String column, String remedy) {
    static Referrer of(String kind, String table, String column) {
      return new Referrer(kind, table, column, "delete that first");
    }
  }

  /**
   * Rows of another table that belong to an aggregate of this one and are deleted with it (the
   * neighbourhoods of an initiative, copied out of its body).
   */
  record Owned(String table, String column) {}

  /** Reads an aggregate from the current row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Writes rows that belong to an aggregate into side tables, replacing any earlier ones. */
  @FunctionalInterface
  interface SideRows<T> {
    void write(Handle handle, T value) throws SQLException;
  }

  private final SqlTransactions store;
  private final String table;
  private final String findById;
  private final String kind;
  private final Function<T, String> idOf;
  private final List<Column<T>> columns;
  private final List<Reference<T>> references;
  private final RowReader<T> reader;
  private final SideRows<T> sideRows;
  private final List<Referrer> referrers;
  private final List<Owned> owned;

  private SqlTable(SqlTable<T> from, List<Referrer> referrers, List<Owned> owned) {
    this.store = from.store;
    this.table = from.table;
    this.findById = from.findById;
    this.kind = from.kind;
    this.idOf = from.idOf;
    this.columns = from.columns;
    this.references = from.references;
    this.reader = from.reader;
    this.sideRows = from.sideRows;
    this.referrers = List.copyOf(referrers);
    this.owned = List.copyOf(owned);
  }

  SqlTable(
      SqlTransactions store,
      String table,
      String kind,
      Function<T, String> idOf,
      List<Column<T>> columns,
      List<Reference<T>> references,
      RowReader<T> reader,
      SideRows<T> sideRows) {
    this.store = store;
    this.table = table;
    this.findById = "SELECT * FROM " + table + " WHERE id = ?";
    this.kind = kind;
    this.idOf = idOf;
    this.columns = List.copyOf(columns);
    this.references = List.copyOf(references);
    this.reader = reader;
    this.sideRows = sideRows;
    this.referrers = List.of();
    this.owned = List.of();
  }

  /** This table, whose aggregates are also kept from deletion by {@code more}. */
  SqlTable<T> referredToBy(Referrer... more) {
    List<Referrer> all = new ArrayList<>(referrers);
    all.addAll(List.of(more));
    return new SqlTable<>(this, all, owned);
  }

  /** This table, whose aggregates also own the rows {@code more} and take them along. */
  SqlTable<T> owning(Owned... more) {
    List<Owned> all = new ArrayList<>(owned);
    all.addAll(List.of(more));
    return new SqlTable<>(this, referrers, all);
  }

  SqlTable(
      SqlTransactions store,
      String table,
      String kind,
      Function<T, String> idOf,
      List<Column<T>> columns,
      List<Reference<T>> references,
      RowReader<T> reader) {
    this(store, table, kind, idOf, columns, references, reader, (h, t) -> {});
  }

  /** Stores a new aggregate at version 1. */
  @Override
  public Versioned<T> create(T value) {
    String id = idOf.apply(value);
    return store.inTransaction(
        h -> {
          requireReferences(h, value);
          if (versionOf(h, id) != 0) {
            throw new ConflictException(kind + " " + id + " exists already");
          }
          String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
          String marks = columns.stream().map(c -> ", ?").collect(Collectors.joining());
          var insert =
              h.createUpdate(
                      "INSERT INTO "
                          + table
                          + " (id, version, "
                          + names
                          + ") VALUES (?, 1"
                          + marks
                          + ")")
                  .bind(0, id);
          bindColumns(insert, 1, value);
          insert.execute();
          sideRows.write(h, value);
          return new Versioned<>(value, 1);
        });
  }

  /** The aggregate with this id, if stored. */
  @Override
  public Optional<Versioned<T>> find(String id) {
    // Every request reads a definition or two by id: on plain JDBC (see SqlTransactions.findPlain).
    return store.findPlain(
        findById, id, rs -> new Versioned<>(reader.read(rs), rs.getLong("version")));
  }

  /** Replaces an aggregate that is still at {@code expectedVersion}. */
  @Override
  public Versioned<T> update(T value, long expectedVersion) {
    String id = idOf.apply(value);
    return store.inTransaction(
        h -> {
          expectVersion(h, id, expectedVersion);
          requireReferences(h, value);
          String assignments =
              columns.stream().map(c -> c.name() + " = ?, ").collect(Collectors.joining());
          var update =
              h.createUpdate(
                  "UPDATE "
                      + table
                      + " SET "
                      + assignments
                      + "version = version + 1 WHERE id = ? AND version = ?");
          int next = bindColumns(update, 0, value);
          update.bind(next, id).bind(next + 1, expectedVersion);
          if (update.execute() == 0) {
            // Another writer moved the version on between the check and the update.
            expectVersion(h, id, expectedVersion);
          }
          sideRows.write(h, value);
          return new Versioned<>(value, expectedVersion + 1);
        });
  }

  /**
   * Deletes an aggregate that is still at {@code expectedVersion} and that no row refers to, with
   * the rows it owns.
   */
  @Override
  public void delete(String id, long expectedVersion) {
    store.inTransaction(
        h -> {
          // Locks the row first: writers that keep it (an import into a wave, a building added to
          // a neighbourhood) finish before the checks, and later ones wait for this transaction.
          h.createQuery("SELECT 1 FROM " + table + " WHERE id = ?" + store.dialect().lockRow())
              .bind(0, id)
              .mapTo(Integer.class)
              .findOne();
          expectVersion(h, id, expectedVersion);
          for (Referrer referrer : referrers) {
            boolean referred =
                h.createQuery(
                        "SELECT 1 FROM "
                            + referrer.table()
                            + " WHERE "
                            + referrer.column()
                            + " = ? LIMIT 1")
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (referred) {
              throw VersionedRows.referredTo(kind, id, referrer.kind(), referrer.remedy());
            }
          }
          for (Owned rows : owned) {
            h.createUpdate("DELETE FROM " + rows.table() + " WHERE " + rows.column() + " = ?")
                .bind(0, id)
                .execute();
          }
          int deleted =
              h.createUpdate("DELETE FROM " + table + " WHERE id = ? AND version = ?")
                  .bind(0, id)
                  .bind(1, expectedVersion)
                  .execute();
          if (deleted == 0) {
            // Where rows are not locked, another writer may have moved on since the check.
            expectVersion(h, id, expectedVersion);
          }
          return deleted;
        });
  }

  /** One page of every aggregate, ordered by id. */
  @Override
  public Page<Versioned<T>> list(PageRequest request) {
    return page("", Optional.empty(), request);
  }

  /** One page of the aggregates whose {@code column} holds {@code value}, ordered by id. */
  Page<Versioned<T>> list(String column, String value, PageRequest request) {
    return page(" WHERE " + column + " = ?", Optional.of(value), request);
  }

  /**
   * Every aggregate whose {@code column} holds {@code value}, ordered by {@code orderBy} and then
   * id (for short listings that are read whole, such as the waves of a scale).
   */
  List<Versioned<T>> all(String column, String value, String orderBy) {
    return store.read(
        h ->
            h.createQuery(
                    "SELECT * FROM "
                        + table
                        + " WHERE "
                        + column
                        + " = ? ORDER BY "
                        + orderBy
                        + ", id"
                        + store.dialect().binaryOrder())
                .bind(0, value)
                .map((rs, ctx) -> new Versioned<>(reader.read(rs), rs.getLong("version")))
                .list());
  }

  private Page<Versioned<T>> page(String where, Optional<String> scope, PageRequest page) {
    return store.read(
        h -> {
          var count = h.createQuery("SELECT COUNT(*) FROM " + table + where);
          scope.ifPresent(s -> count.bind(0, s));
          long total = count.mapTo(Long.class).one();
          var select =
              h.createQuery(
                  "SELECT * FROM "
                      + table
                      + where
                      + " ORDER BY id"
                      + store.dialect().binaryOrder()
                      + " LIMIT ? OFFSET ?");
          int next = 0;
          if (scope.isPresent()) {
            select.bind(next++, scope.get());
          }
          List<Versioned<T>> items =
              select
                  .bind(next, page.pageSize())
                  .bind(next + 1, page.offset())
                  .map((rs, ctx) -> new Versioned<>(reader.read(rs), rs.getLong("version")))
                  .list();
          return new Page<>(items, page, total);
        });
  }

  private int bindColumns(SqlStatement<?> statement, int first, T value) {
    int position = first;
    for (Column<T> column : columns) {
      Object v = column.value().apply(value);
      switch (column.type()) {
        case TEXT -> statement.bind(position, (String) v);
        case INTEGER -> statement.bind(position, (Integer) v);
        case BOOLEAN -> statement.bind(position, (Boolean) v);
      }
      position++;
    }
    return position;
  }

  private void requireReferences(Handle h, T value) {
    for (Reference<T> reference : references) {
      for (String id : reference.ids().apply(value)) {
        boolean stored =
            h.createQuery("SELECT 1 FROM " + reference.table() + " WHERE id = ?")
                .bind(0, id)
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
        if (!stored) {
          throw new NotFoundException(reference.kind(), id);
        }
      }
    }
  }

  private long versionOf(Handle h, String id) {
    return h.createQuery("SELECT version FROM " + table + " WHERE id = ?")
        .bind(0, id)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  private void expectVersion(Handle h, String id, long expected) {
    long current = versionOf(h, id);
    if (current == 0) {
      throw new NotFoundException(kind, id);
    }
    if (current != expected) {
      throw new ConflictException(
          kind + " " + id + " is at version " + current + ", not the expected version " + expected);
    }
  }
}
