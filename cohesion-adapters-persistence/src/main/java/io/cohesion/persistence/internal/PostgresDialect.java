package io.cohesion.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL: COPY for bulk inserts, binary collation for ordering. */
public final class PostgresDialect implements Dialect {
  private static final int CHUNK = 1 << 16;

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public List<String> migrationLocations() {
    return List.of("classpath:db/migration/common", "classpath:db/migration/postgresql");
  }

  @Override
  public String binaryOrder() {
    return " COLLATE \"C\"";
  }

  @Override
  public boolean cursorNeedsTransaction() {
    return true;
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  @Override
  public boolean isForeignKeyViolation(SQLException e) {
    return "23503".equals(e.getSQLState());
  }

  @Override
  public String segmentRows() {
    return "json_each_text(r.answers::json -> 'g') j";
  }

  @Override
  public long bulkInsert(
      Handle handle, String table, String waveColumn, String wave, Iterator<String[]> rows)
      throws SQLException {
    CopyIn copy =
        handle
            .getConnection()
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY "
                    + table
                    + " ("
                    + waveColumn
                    + ", respondent, answers) FROM STDIN WITH (FORMAT text)");
    long count = 0;
    try {
      StringBuilder buffer = new StringBuilder(CHUNK + 1024);
      String escapedWave = escape(wave);
      while (rows.hasNext()) {
        String[] row = rows.next();
        buffer.append(escapedWave).append('\t');
        buffer.append(escape(row[0])).append('\t');
        buffer.append(escape(row[1])).append('\n');
        count++;
        if (buffer.length() >= CHUNK) {
          write(copy, buffer);
        }
      }
      write(copy, buffer);
      copy.endCopy();
    } catch (RuntimeException | SQLException e) {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
      throw e;
    }
    return count;
  }

  private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Escapes a value for COPY's text format. */
  static String escape(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      plain = c != '\\' && c != '\t' && c != '\n' && c != '\r';
    }
    if (plain) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
