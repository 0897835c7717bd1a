package io.cohesion.persistence.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;

/**
 * PostgreSQL: binary COPY both ways, binary collation for ordering.
 *
 * <p>A bulk import goes in chunks: each chunk reserves its response ids from the table's sequence,
 * then sends its responses and the segment blocks it filled as two binary COPY streams. Reading a
 * wave is a binary {@code COPY (SELECT …) TO STDOUT}: rows arrive as a stream with the answers as
 * raw bytes, with no cursor round trips and no text conversion.
 */
public final class PostgresDialect implements Dialect {
  /** Responses per COPY chunk: a few MiB of buffer. */
  private static final int CHUNK = 20_000;

  /** The type of a bigint, for arrays in the binary COPY form. */
  private static final int INT8_OID = 20;

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };

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
  public String keepRow() {
    return " FOR KEY SHARE";
  }

  @Override
  public String lockRow() {
    return " FOR UPDATE";
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
  public <R> long bulkInsert(
      Handle handle, ResponseTable t, String wave, Iterator<R> rows, ResponseFormat<R> format)
      throws SQLException {
    CopyManager copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
    String copyResponses =
        "COPY "
            + t.table()
            + " (id, "
            + t.waveColumn()
            + ", respondent, answers) FROM STDIN WITH (FORMAT binary)";
    String copyBlocks =
        "COPY "
            + t.segmentTable()
            + " ("
            + t.waveColumn()
            + ", column_name, value, block, size, ids) FROM STDIN WITH (FORMAT binary)";
    byte[] waveBytes = wave.getBytes(StandardCharsets.UTF_8);
    AnswerWriter responses = new AnswerWriter(1 << 22);
    AnswerWriter blocks = new AnswerWriter(1 << 16);
    int[] blockRows = {0};
    start(blocks);
    SegmentBlocks segments =
        new SegmentBlocks(
            (column, value, ids, size) -> {
              blocks.int16(6);
              blocks.int32(waveBytes.length);
              blocks.bytes(waveBytes, 0, waveBytes.length);
              text(blocks, column);
              text(blocks, value);
              blocks.int32(8);
              blocks.int64(ids[0]);
              blocks.int32(4);
              blocks.int32(size);
              // A one-dimensional bigint array without nulls, in the binary array form.
              blocks.int32(20 + size * 12);
              blocks.int32(1); // dimensions
              blocks.int32(0); // no nulls
              blocks.int32(INT8_OID);
              blocks.int32(size);
              blocks.int32(1); // lower bound
              for (int i = 0; i < size; i++) {
                blocks.int32(8);
                blocks.int64(ids[i]);
              }
              blockRows[0]++;
            });
    List<R> chunk = new ArrayList<>(CHUNK);
    long count = 0;
    try (PreparedStatement reserve =
        handle
            .getConnection()
            .prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('"
                    + t.table()
                    + "', 'id')) FROM generate_series(1, ?)")) {
      while (rows.hasNext()) {
        chunk.clear();
        while (chunk.size() < CHUNK && rows.hasNext()) {
          chunk.add(rows.next());
        }
        long[] ids = reserve(reserve, chunk.size());
        start(responses);
        for (int i = 0; i < chunk.size(); i++) {
          R response = chunk.get(i);
          responses.int16(4);
          responses.int32(8);
          responses.int64(ids[i]);
          responses.int32(waveBytes.length);
          responses.bytes(waveBytes, 0, waveBytes.length);
          text(responses, format.respondent(response).value());
          int lengthAt = responses.length();
          responses.int32(0);
          format.encode(response, responses);
          responses.putInt32(lengthAt, responses.length() - lengthAt - 4);
          segments.add(format.segments(response), ids[i]);
        }
        send(copy, copyResponses, responses);
        if (blockRows[0] > 0) {
          send(copy, copyBlocks, blocks);
          start(blocks);
          blockRows[0] = 0;
        }
        count += chunk.size();
      }
    }
    segments.flush();
    if (blockRows[0] > 0) {
      send(copy, copyBlocks, blocks);
    }
    return count;
  }

  @Override
  public String appendId() {
    return "array_append(ids, CAST(? AS BIGINT))";
  }

  @Override
  public String singleId() {
    return "ARRAY[CAST(? AS BIGINT)]";
  }

  @Override
  public String removeId() {
    return "array_remove(ids, CAST(? AS BIGINT))";
  }

  @Override
  public String holdsId() {
    return "CAST(? AS BIGINT) = ANY (ids)";
  }

  @Override
  public String segmentQuery(ResponseTable t) {
    // The ids of the segment's blocks, unnested and put in order, each looked up through the
    // primary key (wave, id): only the ids are sorted, not the rows.
    return "SELECT r.respondent, r.answers FROM (SELECT unnest(b.ids) AS id FROM "
        + t.segmentTable()
        + " b WHERE b."
        + t.waveColumn()
        + " = ? AND b.column_name = ? AND b.value = ? ORDER BY 1) u JOIN "
        + t.table()
        + " r ON r."
        + t.waveColumn()
        + " = ? AND r.id = u.id ORDER BY u.id";
  }

  private static long[] reserve(PreparedStatement reserve, int n) throws SQLException {
    long[] ids = new long[n];
    reserve.setInt(1, n);
    try (ResultSet rs = reserve.executeQuery()) {
      for (int i = 0; i < n; i++) {
        rs.next();
        ids[i] = rs.getLong(1);
      }
    }
    // nextval over generate_series yields ascending values; sorting guards the stored order.
    Arrays.sort(ids);
    return ids;
  }

  private static void start(AnswerWriter out) {
    out.reset();
    out.bytes(SIGNATURE, 0, SIGNATURE.length);
    out.int32(0); // flags
    out.int32(0); // header extension length
  }

  private static void text(AnswerWriter out, String value) {
    int lengthAt = out.length();
    out.int32(0);
    out.putInt32(lengthAt, out.utf8(value));
  }

  private static void send(CopyManager copy, String sql, AnswerWriter rows) throws SQLException {
    rows.int16(-1);
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(rows.buffer(), 0, rows.length());
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  @Override
  public void stream(Handle handle, String sql, List<String> parameters, RowHandler handler)
      throws SQLException {
    // COPY takes no parameters, so they go into the statement as escaped literals.
    StringBuilder query = new StringBuilder("COPY (");
    int next = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '?') {
        query.append(literal(parameters.get(next++)));
      } else {
        query.append(c);
      }
    }
    if (next != parameters.size()) {
      throw new IllegalArgumentException("parameters do not match the query: " + sql);
    }
    query.append(") TO STDOUT WITH (FORMAT binary)");
    CopyManager copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
    try (PGCopyInputStream raw = new PGCopyInputStream(copy.copyOut(query.toString()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] signature = new byte[SIGNATURE.length];
      in.readFully(signature);
      if (!Arrays.equals(signature, SIGNATURE)) {
        throw new SQLException("PostgreSQL sent no binary COPY header");
      }
      in.readInt(); // flags
      in.skipNBytes(in.readInt()); // header extension
      byte[] respondent = new byte[256];
      byte[] answers = new byte[1024];
      while (true) {
        short fields = in.readShort();
        if (fields == -1) {
          // Read to the end so that the COPY completes rather than being cancelled on close.
          while (in.read() != -1) {}
          break;
        }
        if (fields != 2) {
          throw new SQLException("expected 2 columns from COPY, got " + fields);
        }
        int n = in.readInt();
        if (n > respondent.length) {
          respondent = new byte[Math.max(n, respondent.length * 2)];
        }
        in.readFully(respondent, 0, n);
        String who = new String(respondent, 0, n, StandardCharsets.UTF_8);
        int m = in.readInt();
        if (m > answers.length) {
          answers = new byte[Math.max(m, answers.length * 2)];
        }
        in.readFully(answers, 0, m);
        handler.row(who, answers, 0, m);
      }
    } catch (EOFException e) {
      throw new SQLException("the COPY stream from PostgreSQL ended early", e);
    } catch (IOException e) {
      throw new SQLException("reading the COPY stream from PostgreSQL failed", e);
    }
  }

  /** {@code value} as an escape string literal, whatever the server's string settings. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 4).append("E'");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        throw new IllegalArgumentException("text with a NUL character cannot be stored");
      }
      if (c == '\'' || c == '\\') {
        out.append(c);
      }
      out.append(c);
    }
    return out.append('\'').toString();
  }
}
