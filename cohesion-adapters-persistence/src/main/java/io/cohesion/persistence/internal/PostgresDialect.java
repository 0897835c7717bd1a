package io.cohesion.persistence.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL: binary COPY both ways, binary collation for ordering.
 *
 * <p>A bulk import goes in chunks: each chunk reserves its response ids from the table's sequence,
 * then sends its responses and the segment blocks it filled as two binary COPY streams, while a
 * second thread takes the next chunk's rows and encodes them. An import into an empty table builds
 * the table's indexes but its primary key after the rows are in, instead of inserting into them row
 * by row (see {@link #deferIndexes}). Reading a wave is a binary {@code COPY (SELECT …) TO STDOUT}:
 * rows arrive as a stream with the answers as raw bytes, with no cursor round trips and no text
 * conversion.
 */
public final class PostgresDialect implements Dialect {
  /** Responses per COPY chunk: a few MiB of buffer. */
  private static final int CHUNK = 20_000;

  /** Responses in the first chunk of an import; each next chunk doubles, up to {@link #CHUNK}. */
  private static final int FIRST_CHUNK = 1_250;

  /**
   * A bulk import analyses its tables when it adds more than this many rows plus {@link
   * #ANALYZE_SHARE} of the rows the table held: the threshold at which autovacuum would analyse
   * them by default, which it does only later and outside the import's transaction.
   */
  private static final int ANALYZE_BASE = 50;

  private static final double ANALYZE_SHARE = 0.1;

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public List<String> migrationLocations() {
    return List.of("classpath:db/migration/common", "classpath:db/migration/postgresql");
  }

  @Override
  public Map<String, String> migrationPlaceholders() {
    return Map.of("collate", " COLLATE \"C\"");
  }

  @Override
  public List<EarlierChecksums.Accepted> earlierChecksums() {
    // V4, V5 and V7 were files of this dialect's own until they moved to common with a placeholder.
    return List.of(
        new EarlierChecksums.Accepted("4", -1106451024, 834867914),
        new EarlierChecksums.Accepted("5", -1464024242, -449936100),
        new EarlierChecksums.Accepted("7", 1038763558, -501717557));
  }

  /**
   * A session advisory lock, keyed by the schema and the name: advisory locks belong to the whole
   * database, and stores in two schemas of one database must not wait for each other.
   */
  @Override
  public Optional<NamedLock> namedLock() {
    String key = "hashtextextended(current_schema() || '/' || ?, 0)";
    return Optional.of(
        new NamedLock(
            "SELECT 1 FROM (SELECT pg_advisory_lock(" + key + ")) AS taken",
            "SELECT 1 FROM (SELECT pg_advisory_unlock(" + key + ")) AS released"));
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
  public String describe(SQLException e) {
    StringBuilder what = new StringBuilder("SQLState ").append(e.getSQLState());
    // The server's structured fields name the objects involved; its message and detail are not
    // used, since they quote values ("Key (respondent)=(…) already exists", "Failing row
    // contains").
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (server != null) {
      appendName(what, "constraint", server.getConstraint());
      appendName(what, "table", server.getTable());
      appendName(what, "column", server.getColumn());
    }
    return what.toString();
  }

  private static void appendName(StringBuilder what, String kind, String name) {
    if (name != null) {
      what.append(", ").append(kind).append(' ').append(name);
    }
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
    double rowsBefore = estimatedRows(handle, t);
    List<String> deferred = deferIndexes(handle, t);
    CopyEncoder<R> encoder = new CopyEncoder<>(wave, format);
    // Two chunks are in flight: while this thread sends one, the encoder thread takes the next
    // rows from the iterator and encodes them. The ids of a chunk are reserved before its rows are
    // taken, since only this thread may use the connection. The chunks grow from FIRST_CHUNK to
    // CHUNK, so that the ids an import reserves and leaves unused (those of its last chunk beyond
    // its last row) are at most the rows it stored plus FIRST_CHUNK, and never more than CHUNK.
    try (EncoderThread encoding = new EncoderThread();
        IdReservation ids = new IdReservation(handle, sequence(handle, t))) {
      long count = 0;
      int size = FIRST_CHUNK;
      Future<CopyEncoder.Chunk> next = encodeNext(encoding, encoder, ids.reserve(size), rows);
      while (next != null) {
        CopyEncoder.Chunk chunk = EncoderThread.await(next);
        next = null;
        if (chunk.size() == size) {
          size = Math.min(size * 2, CHUNK);
          next = encodeNext(encoding, encoder, ids.reserve(size), rows);
        }
        if (chunk.size() > 0) {
          send(copy, copyResponses, chunk.responses());
        }
        if (chunk.blockRows() > 0) {
          send(copy, copyBlocks, chunk.blocks());
        }
        count += chunk.size();
        encoder.recycle(chunk);
      }
      CopyEncoder.Chunk last = encoder.flush();
      if (last.blockRows() > 0) {
        send(copy, copyBlocks, last.blocks());
      }
      if (!deferred.isEmpty()) {
        try (Statement build = handle.getConnection().createStatement()) {
          for (String index : deferred) {
            build.execute(index);
          }
        }
      }
      if (count > ANALYZE_BASE + ANALYZE_SHARE * rowsBefore) {
        // Without fresh statistics the planner takes a wave just imported for a few rows and
        // reads it back through a bitmap scan and a sort on disk, at a third of the speed of the
        // index scan it picks once it knows. ANALYZE sees this transaction's own rows. It holds
        // its lock on the tables until the commit, so a second large import into the same table
        // waits at this point for the first to end; a role that does not own the tables gets a
        // warning from PostgreSQL instead, and the statistics come with autovacuum.
        try (Statement analyze = handle.getConnection().createStatement()) {
          analyze.execute(
              "ANALYZE "
                  + t.table()
                  + " ("
                  + t.waveColumn()
                  + "), "
                  + t.segmentTable()
                  + " ("
                  + t.waveColumn()
                  + ")");
        }
      }
      return count;
    }
  }

  /**
   * Drops the indexes of {@code t} but its primary key when the table holds no rows and this
   * transaction can have it to itself at once, and returns the statements that build them again:
   * building an index from the rows at the end of an import sorts them once, where inserting them
   * one by one puts each random respondent in its own place. Otherwise (rows present, the table in
   * use by another transaction, or a role that may not drop the indexes) returns nothing and leaves
   * the indexes as they are.
   *
   * <p>The table stays locked against every other transaction until this one ends, so nothing can
   * be written without the indexes; building the unique index again checks every row, so the
   * database still keeps a respondent to one answer per wave; and if the import fails, the rollback
   * restores the indexes with the rest.
   */
  private static List<String> deferIndexes(Handle handle, ResponseTable t) throws SQLException {
    if (!isEmpty(handle, t)) {
      return List.of();
    }
    Connection connection = handle.getConnection();
    Savepoint before = connection.setSavepoint();
    try (Statement s = connection.createStatement()) {
      s.execute("LOCK TABLE " + t.table() + " IN ACCESS EXCLUSIVE MODE NOWAIT");
      if (!isEmpty(handle, t)) {
        // Rows came in before the lock was granted.
        connection.rollback(before);
        return List.of();
      }
      List<String> definitions = new ArrayList<>();
      List<String> names = new ArrayList<>();
      try (PreparedStatement find =
          connection.prepareStatement(
              "SELECT CAST(indexrelid AS regclass), pg_get_indexdef(indexrelid) FROM pg_index"
                  + " WHERE indrelid = CAST(? AS regclass) AND NOT indisprimary"
                  + " ORDER BY indexrelid")) {
        find.setString(1, t.table());
        try (ResultSet rs = find.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
            definitions.add(rs.getString(2));
          }
        }
      }
      for (String name : names) {
        s.execute("DROP INDEX " + name);
      }
      connection.releaseSavepoint(before);
      return definitions;
    } catch (SQLException e) {
      // Another transaction uses the table (55P03), or this role does not own it (42501).
      connection.rollback(before);
      return List.of();
    }
  }

  private static boolean isEmpty(Handle handle, ResponseTable t) throws SQLException {
    try (Statement s = handle.getConnection().createStatement();
        ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + t.table() + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** Hands the encoder thread the next rows of the iterator to take and encode with {@code ids}. */
  private static <R> Future<CopyEncoder.Chunk> encodeNext(
      EncoderThread encoding, CopyEncoder<R> encoder, long[] ids, Iterator<R> rows) {
    return encoding.submit(() -> encoder.encode(EncoderThread.take(rows, ids.length), ids));
  }

  /** Response ids taken from a table's sequence, many at a time. */
  private static final class IdReservation implements AutoCloseable {
    private final PreparedStatement range;
    private final PreparedStatement list;

    IdReservation(Handle handle, String sequence) throws SQLException {
      String ids =
          "SELECT nextval(CAST(" + sequence + " AS regclass)) AS id FROM generate_series(1, ?)";
      range =
          handle.getConnection().prepareStatement("SELECT min(id), max(id) FROM (" + ids + ") s");
      try {
        list = handle.getConnection().prepareStatement(ids);
      } catch (SQLException e) {
        range.close();
        throw e;
      }
    }

    /**
     * {@code n} new ids, ascending. As a rule no other session draws from the sequence meanwhile,
     * and the ids are one range that a single row describes; when they are not, the ids taken are
     * left unused and {@code n} others are fetched one by one.
     */
    long[] reserve(int n) throws SQLException {
      range.setInt(1, n);
      try (ResultSet rs = range.executeQuery()) {
        rs.next();
        long first = rs.getLong(1);
        if (rs.getLong(2) - first + 1 == n) {
          long[] ids = new long[n];
          for (int i = 0; i < n; i++) {
            ids[i] = first + i;
          }
          return ids;
        }
      }
      long[] ids = new long[n];
      list.setInt(1, n);
      try (ResultSet rs = list.executeQuery()) {
        for (int i = 0; i < n; i++) {
          rs.next();
          ids[i] = rs.getLong(1);
        }
      }
      // nextval over generate_series yields ascending values; sorting guards the stored order.
      Arrays.sort(ids);
      return ids;
    }

    @Override
    public void close() throws SQLException {
      try (range;
          list) {
        // both closed
      }
    }
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

  /**
   * The number of rows the planner believes {@code t} holds: {@code pg_class.reltuples}, zero when
   * the table has not been analysed yet.
   */
  private static double estimatedRows(Handle handle, ResponseTable t) throws SQLException {
    String rows =
        aboutTable(handle, "SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)", t);
    return rows == null ? 0 : Math.max(0, Double.parseDouble(rows));
  }

  /**
   * The name of the id sequence of {@code t}, as a literal: looked up once rather than for each id
   * reserved, which took a sixth of the server's time in an import.
   */
  private static String sequence(Handle handle, ResponseTable t) throws SQLException {
    return literal(aboutTable(handle, "SELECT pg_get_serial_sequence(?, 'id')", t));
  }

  /** The one value {@code query} gives for the name of {@code t}'s table, or null. */
  private static String aboutTable(Handle handle, String query, ResponseTable t)
      throws SQLException {
    try (PreparedStatement find = handle.getConnection().prepareStatement(query)) {
      find.setString(1, t.table());
      try (ResultSet rs = find.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
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
      byte[] signature = new byte[CopyEncoder.SIGNATURE.length];
      in.readFully(signature);
      if (!Arrays.equals(signature, CopyEncoder.SIGNATURE)) {
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
