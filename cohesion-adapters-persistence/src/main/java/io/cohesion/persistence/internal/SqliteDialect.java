package io.cohesion.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite: batched prepared inserts in one transaction. */
public final class SqliteDialect implements Dialect {
  /**
   * Rows per executed batch: large enough to amortise the driver's calls, small enough to stream.
   */
  private static final int BATCH = 4_000;

  /**
   * The page cache of a bulk import, in KiB as {@code PRAGMA cache_size} takes it when negative:
   * 256 MiB instead of the store's 64, for as long as the import runs. Pseudonyms arrive in no
   * order, so the (respondent, wave) index is written all over; once it outgrows the cache, its
   * pages go to the write-ahead log and come back again and again.
   */
  private static final int IMPORT_CACHE_SIZE = -256 * 1024;

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public List<String> migrationLocations() {
    return List.of("classpath:db/migration/common", "classpath:db/migration/sqlite");
  }

  @Override
  public Map<String, String> migrationPlaceholders() {
    // SQLite's default collation, BINARY, compares byte by byte already.
    return Map.of("collate", "");
  }

  @Override
  public List<EarlierChecksums.Accepted> earlierChecksums() {
    // V4, V5 and V7 were files of this dialect's own until they moved to common with a placeholder.
    return List.of(
        new EarlierChecksums.Accepted("4", 932639361, 834867914),
        new EarlierChecksums.Accepted("5", -1341314363, -449936100),
        new EarlierChecksums.Accepted("7", -1923913750, -501717557));
  }

  @Override
  public String binaryOrder() {
    return "";
  }

  @Override
  public String keepRow() {
    return "";
  }

  @Override
  public String lockRow() {
    return "";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    if (e instanceof SQLiteException s) {
      SQLiteErrorCode code = s.getResultCode();
      return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
    }
    return e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed");
  }

  @Override
  public boolean isForeignKeyViolation(SQLException e) {
    if (e instanceof SQLiteException s) {
      return s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY;
    }
    return e.getMessage() != null && e.getMessage().contains("FOREIGN KEY constraint failed");
  }

  @Override
  public String describe(SQLException e) {
    // The code's name says which kind of constraint or failure it was; the message is not used.
    return e instanceof SQLiteException s
        ? s.getResultCode().name()
        : "SQLite error " + e.getErrorCode();
  }

  @Override
  public <R> long bulkInsert(
      Handle handle, ResponseTable t, String wave, Iterator<R> rows, ResponseFormat<R> format)
      throws SQLException {
    Connection connection = handle.getConnection();
    long id;
    // The transaction holds the write lock from its start (BEGIN IMMEDIATE), so the ids after the
    // largest one ever given are this import's to give. That is the table's AUTOINCREMENT counter,
    // not the largest id stored: an erased response's id is never given again (the rows written
    // here with their own ids move the counter on as well).
    try (PreparedStatement max =
        connection.prepareStatement(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
                + " COALESCE((SELECT MAX(id) FROM "
                + t.table()
                + "), 0))")) {
      max.setString(1, t.table());
      try (ResultSet rs = max.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    BatchEncoder<R> encoder = new BatchEncoder<>(format, id + 1);
    // Two batches are in flight: while this thread inserts one, the encoder thread takes the next
    // rows from the iterator and encodes them.
    try (Restore cache = largerCache(connection);
        EncoderThread encoding = new EncoderThread();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO "
                    + t.table()
                    + " (id, "
                    + t.waveColumn()
                    + ", respondent, answers) VALUES (?, ?, ?, ?)");
        PreparedStatement block =
            connection.prepareStatement(
                "INSERT INTO "
                    + t.segmentTable()
                    + " ("
                    + t.waveColumn()
                    + ", column_name, value, block, size, ids) VALUES (?, ?, ?, ?, ?, ?)")) {
      long count = 0;
      Future<BatchEncoder.Batch> next = encodeNext(encoding, encoder, rows);
      while (next != null) {
        BatchEncoder.Batch batch = EncoderThread.await(next);
        next = batch.size() == BATCH ? encodeNext(encoding, encoder, rows) : null;
        for (int i = 0; i < batch.size(); i++) {
          // The driver clears parameters with each executed batch, so every one is set per row.
          insert.setLong(1, batch.ids[i]);
          insert.setString(2, wave);
          insert.setString(3, batch.respondents[i]);
          insert.setBytes(4, batch.answers[i]);
          insert.addBatch();
        }
        if (batch.size() > 0) {
          insert.executeBatch();
        }
        insertBlocks(block, wave, batch.blocks);
        count += batch.size();
      }
      insertBlocks(block, wave, encoder.flush());
      return count;
    }
  }

  /**
   * Raises the connection's page cache to {@link #IMPORT_CACHE_SIZE} until the returned handle is
   * closed, which puts the size it had back; a cache as large already stays as it is.
   */
  static Restore largerCache(Connection connection) throws SQLException {
    long before = pragma(connection, "cache_size");
    // A negative size is in KiB, a positive one in pages.
    long beforeKib = before < 0 ? -before : before * pragma(connection, "page_size") / 1024;
    if (beforeKib >= -IMPORT_CACHE_SIZE) {
      return () -> {};
    }
    try (Statement pragma = connection.createStatement()) {
      pragma.execute("PRAGMA cache_size = " + IMPORT_CACHE_SIZE);
    }
    return () -> {
      try (Statement pragma = connection.createStatement()) {
        pragma.execute("PRAGMA cache_size = " + before);
      }
    };
  }

  private static long pragma(Connection connection, String name) throws SQLException {
    try (Statement pragma = connection.createStatement();
        ResultSet rs = pragma.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Puts a setting back; only a database failure can stop it. */
  interface Restore extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }

  private static <R> Future<BatchEncoder.Batch> encodeNext(
      EncoderThread encoding, BatchEncoder<R> encoder, Iterator<R> rows) {
    return encoding.submit(() -> encoder.encode(EncoderThread.take(rows, BATCH)));
  }

  private static void insertBlocks(
      PreparedStatement insert, String wave, List<BatchEncoder.Block> blocks) throws SQLException {
    for (BatchEncoder.Block b : blocks) {
      insert.setString(1, wave);
      insert.setString(2, b.column());
      insert.setString(3, b.value());
      insert.setLong(4, b.first());
      insert.setInt(5, b.size());
      insert.setString(6, b.ids());
      insert.executeUpdate();
    }
  }

  @Override
  public String appendId() {
    return "substr(ids, 1, length(ids) - 1) || ',' || ? || ']'";
  }

  @Override
  public String singleId() {
    return "'[' || ? || ']'";
  }

  @Override
  public String removeId() {
    return "(SELECT json_group_array(value) FROM json_each(ids) WHERE value <> ?)";
  }

  @Override
  public String holdsId() {
    return "EXISTS (SELECT 1 FROM json_each(ids) WHERE value = ?)";
  }

  @Override
  public String segmentQuery(ResponseTable t) {
    // The ids of the segment's blocks, expanded from their JSON arrays, select response rows by
    // rowid; SQLite walks the ids in order, so no sort of the rows is needed. The unary + keeps
    // the wave a check on each row found rather than a second index lookup per id.
    return "SELECT respondent, answers FROM "
        + t.table()
        + " WHERE id IN (SELECT j.value FROM "
        + t.segmentTable()
        + " b, json_each(b.ids) j WHERE b."
        + t.waveColumn()
        + " = ? AND b.column_name = ? AND b.value = ?) AND +"
        + t.waveColumn()
        + " = ? ORDER BY id";
  }

  @Override
  public void stream(Handle handle, String sql, List<String> parameters, RowHandler handler)
      throws SQLException {
    try (PreparedStatement query = handle.getConnection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setString(i + 1, parameters.get(i));
      }
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          byte[] answers = rs.getBytes(2);
          handler.row(rs.getString(1), answers, 0, answers.length);
        }
      }
    }
  }
}
