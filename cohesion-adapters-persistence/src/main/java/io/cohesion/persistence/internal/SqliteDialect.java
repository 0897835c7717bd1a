package io.cohesion.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite: batched prepared inserts in one transaction. */
public final class SqliteDialect implements Dialect {
  /**
   * Rows per executed batch: large enough to amortise the driver's calls, small enough to stream.
   */
  private static final int BATCH = 4_000;

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public List<String> migrationLocations() {
    return List.of("classpath:db/migration/common", "classpath:db/migration/sqlite");
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
  public <R> long bulkInsert(
      Handle handle, ResponseTable t, String wave, Iterator<R> rows, ResponseFormat<R> format)
      throws SQLException {
    Connection connection = handle.getConnection();
    long id;
    // The transaction holds the write lock from its start (BEGIN IMMEDIATE), so the ids after the
    // largest one are this import's to give.
    try (Statement max = connection.createStatement();
        ResultSet rs = max.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + t.table())) {
      rs.next();
      id = rs.getLong(1);
    }
    long count = 0;
    try (PreparedStatement insert =
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
      StringBuilder ids = new StringBuilder(SegmentBlocks.SIZE * 8);
      SegmentBlocks segments =
          new SegmentBlocks(
              (column, value, blockIds, size) -> {
                ids.setLength(0);
                ids.append('[');
                for (int i = 0; i < size; i++) {
                  if (i > 0) {
                    ids.append(',');
                  }
                  ids.append(blockIds[i]);
                }
                block.setString(1, wave);
                block.setString(2, column);
                block.setString(3, value);
                block.setLong(4, blockIds[0]);
                block.setInt(5, size);
                block.setString(6, ids.append(']').toString());
                block.executeUpdate();
              });
      AnswerWriter answers = new AnswerWriter(512);
      int pending = 0;
      while (rows.hasNext()) {
        R response = rows.next();
        id++;
        answers.reset();
        format.encode(response, answers);
        // The driver clears parameters with each executed batch, so every one is set per row.
        insert.setLong(1, id);
        insert.setString(2, wave);
        insert.setString(3, format.respondent(response).value());
        insert.setBytes(4, answers.toBytes());
        insert.addBatch();
        segments.add(format.segments(response), id);
        count++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
      segments.flush();
    }
    return count;
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
