package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import io.cohesion.core.ConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * How the repositories of one SQL store reach its database: reads, transactions (through the
 * store's writer thread where the database admits one writer at a time), and the one place where
 * database failures become the store's exceptions. Not API.
 */
public final class SqlTransactions {
  /** Reads, and writes where the database takes concurrent writers. */
  private final Jdbi jdbi;

  /** The connections of {@link #jdbi}, for the point reads that skip Jdbi. */
  private final DataSource reads;

  /** Where present, every write goes through it instead of {@link #jdbi}. */
  private final Optional<WriteQueue> writes;

  private final Dialect dialect;

  SqlTransactions(DataSource reads, Optional<WriteQueue> writes, Dialect dialect) {
    this.reads = reads;
    this.jdbi = DatabaseFailure.quiet(Jdbi.create(reads));
    this.writes = writes;
    this.dialect = dialect;
  }

  /** The dialect of the database. */
  public Dialect dialect() {
    return dialect;
  }

  /** Runs {@code callback} with a handle outside a transaction (for checks and tests). */
  public <T> T withHandle(HandleCallback<T, SQLException> callback) {
    return read(callback);
  }

  /** Runs {@code work} in a transaction, translating database failures. */
  public <T> T inTransaction(HandleCallback<T, SQLException> work) {
    return translated(
        () -> writes.isPresent() ? writes.get().alone(work) : jdbi.inTransaction(work));
  }

  /**
   * Runs {@code work} in a transaction that it may share with other such work: its result is
   * returned once that transaction has committed, and an exception it throws undoes its own writes
   * only. For short writes that many callers make at once (single submissions).
   */
  <T> T inSharedTransaction(HandleCallback<T, SQLException> work) {
    return translated(
        () -> writes.isPresent() ? writes.get().grouped(work) : jdbi.inTransaction(work));
  }

  /**
   * The statement for {@code sql} on {@code h}: on the store's writer thread one that the writer
   * keeps across transactions, elsewhere one that is closed with {@code h}. Its user sets every
   * parameter, closes its result sets and never closes it.
   */
  PreparedStatement prepared(Handle h, String sql) throws SQLException {
    if (writes.isPresent() && writes.get().isWriter()) {
      return writes.get().prepared(h, sql);
    }
    PreparedStatement statement = h.getConnection().prepareStatement(sql);
    h.addCleanable(statement::close);
    return statement;
  }

  /** The writer thread of the store, where writes are queued (for tests). */
  Optional<WriteQueue> writeQueue() {
    return writes;
  }

  /** Runs {@code work} on a handle in autocommit mode, translating database failures. */
  <T> T read(HandleCallback<T, SQLException> work) {
    return translated(() -> jdbi.withHandle(work));
  }

  /** Database work on a plain JDBC connection. */
  @FunctionalInterface
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** One row of a result, read into a value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /**
   * The first row that {@code sql}, whose one parameter is {@code id}, selects, read by {@code
   * reader}; on plain JDBC (see {@link #readPlain}).
   */
  <T> Optional<T> findPlain(String sql, String id, RowReader<T> reader) {
    return readPlain(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Runs {@code work} on a connection of the read pool in autocommit mode, as {@link #read} does
   * but without a Jdbi handle and statement: for the point reads that every request makes (a
   * definition or a wave's status by its id), where Jdbi's set-up per statement cost more than the
   * database's work. Database failures are translated as for every other read.
   */
  private <T> T readPlain(ConnectionWork<T> work) {
    return translated(
        () -> {
          try (Connection connection = reads.getConnection()) {
            return work.run(connection);
          }
        });
  }

  /** Database work, which may fail with an {@link SQLException}. */
  @FunctionalInterface
  private interface DatabaseWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work}, turning database failures into the store's exceptions. */
  private <T> T translated(DatabaseWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw translate(e);
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /** The SQL exception behind {@code e}, if any. */
  Optional<SQLException> sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  boolean isUniqueViolation(Throwable e) {
    return sqlCause(e).map(dialect::isUniqueViolation).orElse(false);
  }

  boolean isForeignKeyViolation(Throwable e) {
    return sqlCause(e).map(dialect::isForeignKeyViolation).orElse(false);
  }

  /**
   * The one place where database failures become the store's exceptions. Nothing of the driver's or
   * Jdbi's messages is passed on, neither in a message nor as a cause: they quote the values a
   * statement carried, which are pseudonyms and answers (see docs/persistence.md#database-errors).
   * The store's own exceptions (not found, conflict) pass unchanged.
   */
  private RuntimeException translate(Exception e) {
    Optional<SQLException> sql = sqlCause(e);
    if (sql.isPresent() && dialect.isUniqueViolation(sql.get())) {
      return new ConflictException("this exists already (" + dialect.describe(sql.get()) + ")");
    }
    if (sql.isPresent() && dialect.isForeignKeyViolation(sql.get())) {
      return new ConflictException(
          "this refers to, or is referred to by, other data (" + dialect.describe(sql.get()) + ")");
    }
    if (e instanceof RuntimeException runtime && !DatabaseFailure.fromDatabase(e)) {
      return runtime;
    }
    // The store's own message, where it wrote one around a database failure, says what it was
    // doing; its cause is replaced like any other.
    String message =
        e instanceof CohesionException own ? own.getMessage() : dialect.name() + " failed";
    return DatabaseFailure.wrap(
        message + ": " + sql.map(dialect::describe).orElse(e.getClass().getSimpleName()),
        e,
        sql,
        dialect);
  }
}
