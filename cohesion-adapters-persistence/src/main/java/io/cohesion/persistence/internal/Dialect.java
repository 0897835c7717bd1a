package io.cohesion.persistence.internal;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What differs between the SQL databases behind {@link SqlStores}. */
public interface Dialect {
  /** The database's name, for messages. */
  String name();

  /** The Flyway locations: the shared migrations and this dialect's own. */
  List<String> migrationLocations();

  /**
   * The values of the placeholders in the shared migrations ({@code collate}: what makes an id
   * column compare byte by byte).
   */
  Map<String, String> migrationPlaceholders();

  /**
   * The checksums of migrations that this dialect applied from an earlier layout of the files, by
   * version, which the store accepts as the checksums of today's files (see {@link
   * EarlierChecksums}).
   */
  List<EarlierChecksums.Accepted> earlierChecksums();

  /** What to append to a text column in ORDER BY so that it sorts as Java compares strings. */
  String binaryOrder();

  /**
   * What to append to a SELECT of a wave's row so that the wave cannot be deleted before the
   * transaction ends (empty where writers are serialised anyway).
   */
  String keepRow();

  /**
   * What to append to a SELECT of a wave's row before deleting it, so that it waits for the
   * transactions that keep it (empty where writers are serialised anyway).
   */
  String lockRow();

  /**
   * The statements that take and release a lock named by their one text parameter, held by the
   * connection that took it, which connections of other processes on the same database wait for;
   * empty where one process owns the database.
   */
  default Optional<NamedLock> namedLock() {
    return Optional.empty();
  }

  /**
   * A lock of the database taken by one statement and released by another; each binds the lock's
   * name as its one parameter and returns one row.
   */
  record NamedLock(String take, String release) {}

  /** Whether {@code e} reports a unique or primary key violation. */
  boolean isUniqueViolation(SQLException e);

  /** Whether {@code e} reports a foreign key violation. */
  boolean isForeignKeyViolation(SQLException e);

  /**
   * What failed, for messages and logs, without the database's own text: that text may quote the
   * values a statement carried (a key that exists already, a failing row), and those are pseudonyms
   * and answers. Names of constraints, tables and columns and the error codes are enough to find
   * the cause.
   */
  default String describe(SQLException e) {
    return "SQLState " + e.getSQLState();
  }

  /**
   * An SQL expression for the ids of a segment block (column {@code ids}) with the response id
   * bound to its one {@code ?} appended.
   */
  String appendId();

  /**
   * An SQL expression for the ids of a new segment block holding only the id bound to {@code ?}.
   */
  String singleId();

  /** An SQL expression for the ids of a segment block without the id bound to {@code ?}. */
  String removeId();

  /** An SQL condition: the ids of a segment block hold the id bound to {@code ?}. */
  String holdsId();

  /**
   * A query of the respondent and answers of the responses in one segment, in id order, whose
   * parameters are the wave, the column, the value and the wave again.
   */
  String segmentQuery(ResponseTable table);

  /**
   * Stores responses and their segment blocks within the handle's transaction, as fast as the
   * database allows. The caller has checked the wave and holds the respondent check in {@code
   * rows}, which may throw to abandon the transaction.
   *
   * @return how many responses were stored
   */
  <R> long bulkInsert(
      Handle handle, ResponseTable table, String wave, Iterator<R> rows, ResponseFormat<R> format)
      throws SQLException;

  /**
   * Runs a query whose two columns are a respondent and stored answers, handing each row to {@code
   * handler} as it arrives, without holding the result in memory.
   *
   * @param sql the query, with {@code ?} for each of {@code parameters} (text values)
   */
  void stream(Handle handle, String sql, List<String> parameters, RowHandler handler)
      throws SQLException;

  /** Receives the rows of {@link #stream}. */
  interface RowHandler {
    /**
     * One row; {@code answers} may be a buffer reused for the next row.
     *
     * @param length how many bytes of {@code answers} from {@code offset} the row holds
     */
    void row(String respondent, byte[] answers, int offset, int length);
  }
}
