package io.cohesion.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite: batched prepared inserts in one transaction. */
public final class SqliteDialect implements Dialect {
  private static final int BATCH = 2_000;

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
  public boolean cursorNeedsTransaction() {
    return false;
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
  public String segmentRows() {
    return "json_each(r.answers, '$.g') j";
  }

  @Override
  public long bulkInsert(
      Handle handle, String table, String waveColumn, String wave, Iterator<String[]> rows)
      throws SQLException {
    long count = 0;
    try (PreparedStatement insert =
        handle
            .getConnection()
            .prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + waveColumn
                    + ", respondent, answers) VALUES (?, ?, ?)")) {
      int pending = 0;
      while (rows.hasNext()) {
        String[] row = rows.next();
        // The driver clears parameters with each executed batch, so the wave is set per row.
        insert.setString(1, wave);
        insert.setString(2, row[0]);
        insert.setString(3, row[1]);
        insert.addBatch();
        count++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    return count;
  }
}
