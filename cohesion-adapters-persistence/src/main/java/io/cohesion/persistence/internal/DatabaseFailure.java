package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * A database failure as the store passes it on: what kind of failure it was and where it was
 * thrown, without the driver's or Jdbi's messages. Those quote the values a statement carried (Jdbi
 * its bound arguments, PostgreSQL the key or row that failed), which are pseudonyms and answers,
 * and a logger prints every message of a chain. This stands in for the original chain as the cause
 * of the store's exceptions; it keeps the stack trace of the deepest database exception.
 */
final class DatabaseFailure extends RuntimeException {
  private DatabaseFailure(String message, StackTraceElement[] trace) {
    super(message, null, false, true);
    setStackTrace(trace);
  }

  /** Whether {@code e} or one of its causes came from the database or from Jdbi. */
  static boolean fromDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException || t instanceof JdbiException) {
        return true;
      }
    }
    return false;
  }

  /** {@code e} without its messages: the kind of failure as {@code dialect} names it. */
  static DatabaseFailure of(Throwable e, Optional<SQLException> sql, Dialect dialect) {
    String what = sql.map(dialect::describe).orElse(e.getClass().getSimpleName());
    return new DatabaseFailure(
        dialect.name() + ": " + what, sql.<Throwable>map(s -> s).orElse(e).getStackTrace());
  }

  /** A store's exception for {@code e}: {@code message} and, as its cause, {@code e} scrubbed. */
  static CohesionException wrap(
      String message, Throwable e, Optional<SQLException> sql, Dialect dialect) {
    return new CohesionException(message, of(e, sql, dialect));
  }

  /**
   * Sets {@code jdbi} to leave statements and their arguments out of its exception messages, as a
   * first line of defence: the store's translation drops those messages anyway.
   */
  static Jdbi quiet(Jdbi jdbi) {
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }
}
