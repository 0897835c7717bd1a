package io.cohesion.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        // Binding four parameters per segment row cost more than inserting it; instead the ids of
        // one segment value in a batch go as one JSON array of numbers, which SQLite expands.
        PreparedStatement segment =
            connection.prepareStatement(
                "INSERT INTO "
                    + t.segmentTable()
                    + " ("
                    + t.waveColumn()
                    + ", column_name, value, response_id) SELECT ?, ?, ?, value FROM json_each(?)")) {
      AnswerWriter answers = new AnswerWriter(512);
      Map<String, Map<String, StringBuilder>> segments = new HashMap<>();
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
        for (Map.Entry<String, String> s : format.segments(response).entrySet()) {
          StringBuilder ids =
              segments
                  .computeIfAbsent(s.getKey(), k -> new HashMap<>())
                  .computeIfAbsent(s.getValue(), v -> new StringBuilder());
          ids.append(ids.length() == 0 ? '[' : ',').append(id);
        }
        count++;
        if (++pending == BATCH) {
          insert.executeBatch();
          insertSegments(segment, wave, segments);
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
        insertSegments(segment, wave, segments);
      }
    }
    return count;
  }

  private static void insertSegments(
      PreparedStatement insert, String wave, Map<String, Map<String, StringBuilder>> segments)
      throws SQLException {
    for (Map.Entry<String, Map<String, StringBuilder>> column : segments.entrySet()) {
      for (Map.Entry<String, StringBuilder> value : column.getValue().entrySet()) {
        StringBuilder ids = value.getValue();
        if (ids.length() == 0) {
          continue;
        }
        insert.setString(1, wave);
        insert.setString(2, column.getKey());
        insert.setString(3, value.getKey());
        insert.setString(4, ids.append(']').toString());
        insert.executeUpdate();
        ids.setLength(0);
      }
    }
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
