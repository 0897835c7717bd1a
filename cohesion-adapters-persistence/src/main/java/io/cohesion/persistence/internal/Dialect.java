package io.cohesion.persistence.internal;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** What differs between the SQL databases behind {@link SqlStores}. */
public interface Dialect {
  /** The database's name, for messages. */
  String name();

  /** The Flyway locations: the shared migrations and this dialect's own. */
  List<String> migrationLocations();

  /** What to append to a text column in ORDER BY so that it sorts as Java compares strings. */
  String binaryOrder();

  /** Whether reading with a cursor (fetch size) needs a transaction. */
  boolean cursorNeedsTransaction();

  /** Whether {@code e} reports a unique or primary key violation. */
  boolean isUniqueViolation(SQLException e);

  /** Whether {@code e} reports a foreign key violation. */
  boolean isForeignKeyViolation(SQLException e);

  /** The SQL expression that yields the segment key/value rows of {@code r.answers}. */
  String segmentRows();

  /**
   * Inserts rows into {@code table (waveColumn, respondent, answers)} within the handle's
   * transaction, as fast as the database allows.
   *
   * @param rows each row as {@code {respondent, answers}}
   * @return how many rows were inserted
   */
  long bulkInsert(
      Handle handle, String table, String waveColumn, String wave, Iterator<String[]> rows)
      throws SQLException;
}
