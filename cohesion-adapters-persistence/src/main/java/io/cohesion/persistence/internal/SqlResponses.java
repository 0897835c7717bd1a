package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.SeenRespondents;
import io.cohesion.core.privacy.StoredResponse;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Responses of one kind in SQL: one row each with the answers in a compact binary column ({@link
 * ResponseFormat}), and the segment values in a side table of blocks of response ids, keyed for
 * segment queries.
 */
class SqlResponses<W, R> implements ResponseStore<W, R> {
  private final SqlTransactions stores;
  private final ResponseTable t;
  private final Function<W, String> waveId;
  private final Function<String, W> wave;
  private final ResponseFormat<R> format;
  private final SecureRandom random = new SecureRandom();

  // The statements of a single submission, run for every one of them on plain JDBC: the writer
  // keeps them prepared (see SqlTransactions.prepared).
  private final String waveExists;
  private final String earlierRows;
  private final String insert;
  private final String appendToSegment;
  private final String startSegment;

  SqlResponses(
      SqlTransactions stores,
      ResponseTable table,
      Function<W, String> waveId,
      Function<String, W> wave,
      ResponseFormat<R> format) {
    this.stores = stores;
    this.t = table;
    this.waveId = waveId;
    this.wave = wave;
    this.format = format;
    this.waveExists =
        "SELECT 1 FROM " + t.waveTable() + " WHERE id = ?" + stores.dialect().keepRow();
    this.earlierRows =
        "SELECT id, respondent, idempotency_key, answers FROM "
            + t.table()
            + " WHERE "
            + t.waveColumn()
            + " = ? AND (respondent = ? OR idempotency_key = ?)";
    this.insert =
        "INSERT INTO "
            + t.table()
            + " ("
            + t.waveColumn()
            + ", respondent, idempotency_key, answers) VALUES (?, ?, ?, ?) RETURNING id";
    this.appendToSegment =
        "UPDATE "
            + t.segmentTable()
            + " SET ids = "
            + stores.dialect().appendId()
            + ", size = size + 1 WHERE "
            + ofSegmentValue()
            + " AND size < "
            + SegmentBlocks.SIZE
            + " AND block = (SELECT MAX(block) FROM "
            + t.segmentTable()
            + " WHERE "
            + ofSegmentValue()
            + ")";
    this.startSegment =
        "INSERT INTO "
            + t.segmentTable()
            + " ("
            + t.waveColumn()
            + ", column_name, value, block, size, ids) VALUES (?, ?, ?, ?, 1, "
            + stores.dialect().singleId()
            + ")";
  }

  /**
   * Adds response {@code id} to the last block of each of its segment values, or starts a block
   * where there is none or the last is full. Each step is one statement on the block's row, so
   * concurrent submissions to the same value queue on that row and none loses another's id; the
   * values are taken in column order so that two such submissions cannot wait on each other.
   */
  private void addToSegments(Handle h, String wave, Map<String, String> segments, long id)
      throws SQLException {
    if (segments.isEmpty()) {
      return;
    }
    PreparedStatement append = stores.prepared(h, appendToSegment);
    for (Map.Entry<String, String> s : new TreeMap<>(segments).entrySet()) {
      append.setLong(1, id);
      append.setString(2, wave);
      append.setString(3, s.getKey());
      append.setString(4, s.getValue());
      append.setString(5, wave);
      append.setString(6, s.getKey());
      append.setString(7, s.getValue());
      if (append.executeUpdate() == 0) {
        PreparedStatement start = stores.prepared(h, startSegment);
        start.setString(1, wave);
        start.setString(2, s.getKey());
        start.setString(3, s.getValue());
        start.setLong(4, id);
        start.setLong(5, id);
        start.executeUpdate();
      }
    }
  }

  private R decode(String respondent, byte[] answers) {
    return format.decode(respondent, new AnswerReader().reset(answers, 0, answers.length));
  }

  private void requireWave(Handle h, W w) throws SQLException {
    // Keeping the wave's row stands in for a foreign key from every response row to it: the
    // check is made once per transaction instead of once per row.
    PreparedStatement exists = stores.prepared(h, waveExists);
    exists.setString(1, waveId.apply(w));
    try (ResultSet row = exists.executeQuery()) {
      if (!row.next()) {
        throw new NotFoundException(t.kind(), w);
      }
    }
  }

  /**
   * The respondent of a submission has answered {@code w} before. The message does not name the
   * respondent: the caller knows whom it submitted, and a pseudonym does not belong in logs.
   */
  private ConflictException alreadyAnswered(W w) {
    return new ConflictException(ALREADY_ANSWERED + t.kind() + " " + w);
  }

  private static final String ALREADY_ANSWERED = "the respondent has already answered ";

  /**
   * A respondent of an import has answered {@code w} before, earlier in the batch or before it;
   * named by the response's position in the batch (from 1), not by its pseudonym.
   */
  private ConflictException alreadyAnswered(W w, long position) {
    return new ConflictException(
        "response "
            + position
            + " of the batch is of a respondent who has already answered "
            + t.kind()
            + " "
            + w
            + ", earlier in the batch or before it");
  }

  private Optional<StoredResponse<R>> byKey(Handle h, W w, IdempotencyKey key) {
    return h.createQuery(
            "SELECT id, respondent, answers FROM "
                + t.table()
                + " WHERE "
                + t.waveColumn()
                + " = ? AND idempotency_key = ?")
        .bind(0, waveId.apply(w))
        .bind(1, key.value())
        .map(
            (rs, ctx) ->
                new StoredResponse<>(
                    rs.getLong("id"), decode(rs.getString("respondent"), rs.getBytes("answers"))))
        .findOne();
  }

  @Override
  public Optional<StoredResponse<R>> find(W w, IdempotencyKey key) {
    return stores.read(h -> byKey(h, w, key));
  }

  /**
   * The response stored earlier under {@code key}, if any; otherwise a conflict if {@code
   * respondent} has answered {@code w} already.
   */
  private Optional<StoredResponse<R>> earlier(
      Handle h, W w, String respondent, Optional<IdempotencyKey> key) throws SQLException {
    StoredResponse<R> replay = null;
    boolean answered = false;
    PreparedStatement select = stores.prepared(h, earlierRows);
    select.setString(1, waveId.apply(w));
    select.setString(2, respondent);
    select.setString(3, key.map(IdempotencyKey::value).orElse(null));
    List<Earlier> rows = new ArrayList<>(1);
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        rows.add(new Earlier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
      }
    }
    for (Earlier row : rows) {
      if (key.isPresent() && key.get().value().equals(row.key())) {
        replay = new StoredResponse<>(row.id(), decode(row.respondent(), row.answers()));
      } else {
        answered = true;
      }
    }
    if (replay != null) {
      return Optional.of(replay);
    }
    if (answered) {
      throw alreadyAnswered(w);
    }
    return Optional.empty();
  }

  /** A stored row that a submission meets: its replay or its respondent's earlier answer. */
  private record Earlier(long id, String respondent, String key, byte[] answers) {}

  @Override
  public StoredResponse<R> submit(W w, R response, Optional<IdempotencyKey> idempotencyKey) {
    String respondent = format.respondent(response).value();
    byte[] answers = format.encode(response);
    try {
      return stores.inSharedTransaction(
          h -> {
            requireWave(h, w);
            // One look-up for both the replay and the respondent check: the writer is serial, so
            // each statement it saves counts for every submission.
            Optional<StoredResponse<R>> earlier = earlier(h, w, respondent, idempotencyKey);
            if (earlier.isPresent()) {
              return earlier.get();
            }
            PreparedStatement row = stores.prepared(h, insert);
            row.setString(1, waveId.apply(w));
            row.setString(2, respondent);
            row.setString(3, idempotencyKey.map(IdempotencyKey::value).orElse(null));
            row.setBytes(4, answers);
            long id;
            try (ResultSet returned = row.executeQuery()) {
              returned.next();
              id = returned.getLong(1);
            }
            addToSegments(h, waveId.apply(w), format.segments(response), id);
            return new StoredResponse<>(id, response);
          });
    } catch (ConflictException e) {
      // A concurrent submission committed first; if it carried the same key, it is this one.
      if (idempotencyKey.isPresent()) {
        Optional<StoredResponse<R>> earlier = stores.read(h -> byKey(h, w, idempotencyKey.get()));
        if (earlier.isPresent()) {
          return earlier.get();
        }
      }
      if (e.getMessage().startsWith(ALREADY_ANSWERED)) {
        throw e;
      }
      throw alreadyAnswered(w);
    }
  }

  @Override
  public long importAll(W w, Iterable<? extends R> responses) {
    return stores.inTransaction(
        h -> {
          requireWave(h, w);
          SeenRespondents seen = new SeenRespondents();
          h.createQuery("SELECT respondent FROM " + t.table() + " WHERE " + t.waveColumn() + " = ?")
              .bind(0, waveId.apply(w))
              .mapTo(String.class)
              .forEach(seen::add);
          Iterator<? extends R> source = responses.iterator();
          Iterator<R> rows =
              new Iterator<>() {
                long position;

                @Override
                public boolean hasNext() {
                  return source.hasNext();
                }

                @Override
                public R next() {
                  R response = source.next();
                  position++;
                  if (!seen.add(format.respondent(response).value())) {
                    throw alreadyAnswered(w, position);
                  }
                  return response;
                }
              };
          return stores.dialect().bulkInsert(h, t, waveId.apply(w), rows, format);
        });
  }

  /** The condition that picks the blocks of one segment value of a wave. */
  private String ofSegmentValue() {
    return t.waveColumn() + " = ? AND column_name = ? AND value = ?";
  }

  /** Streams the rows of {@code sql} (respondent, answers) as decoded responses. */
  private void stream(Handle h, String sql, List<String> parameters, Consumer<? super R> action)
      throws SQLException {
    AnswerReader reader = new AnswerReader();
    stores.dialect().stream(
        h,
        sql,
        parameters,
        (respondent, answers, offset, length) ->
            action.accept(format.decode(respondent, reader.reset(answers, offset, length))));
  }

  @Override
  public void forEach(W w, Consumer<? super R> action) {
    stores.read(
        h -> {
          requireWave(h, w);
          stream(
              h,
              "SELECT respondent, answers FROM "
                  + t.table()
                  + " WHERE "
                  + t.waveColumn()
                  + " = ? ORDER BY id",
              List.of(waveId.apply(w)),
              action);
          return null;
        });
  }

  @Override
  public List<R> responses(W w, String column, String value) {
    return stores.read(
        h -> {
          requireWave(h, w);
          List<R> found = new ArrayList<>();
          stream(
              h,
              stores.dialect().segmentQuery(t),
              List.of(waveId.apply(w), column, value, waveId.apply(w)),
              found::add);
          return found;
        });
  }

  @Override
  public long count(W w) {
    return stores.read(
        h -> {
          requireWave(h, w);
          return h.createQuery(
                  "SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.waveColumn() + " = ?")
              .bind(0, waveId.apply(w))
              .mapTo(Long.class)
              .one();
        });
  }

  /** The rows of one respondent in every wave: one range of the (respondent, wave) index. */
  private String ofRespondent(String columns) {
    return "SELECT "
        + columns
        + " FROM "
        + t.table()
        + " WHERE "
        + t.waveColumn()
        + " IN (SELECT id FROM "
        + t.waveTable()
        + ") AND respondent = ?";
  }

  @Override
  public Map<W, R> export(Pseudonym respondent) {
    return stores.read(
        h -> {
          Map<W, R> found = new LinkedHashMap<>();
          h.createQuery(ofRespondent(t.waveColumn() + ", answers") + " ORDER BY id")
              .bind(0, respondent.value())
              .map(
                  (rs, ctx) ->
                      Map.entry(
                          wave.apply(rs.getString(1)), decode(respondent.value(), rs.getBytes(2))))
              .forEach(e -> found.put(e.getKey(), e.getValue()));
          return found;
        });
  }

  /**
   * Keeps the answers of {@code rows} that the last release state of their wave holds, under one
   * fresh stand-in for {@code respondent}, so that the state releases what it released.
   */
  private void retainForStates(Handle h, Pseudonym respondent, List<Stored> rows)
      throws SQLException {
    Pseudonym standIn = Pseudonym.standIn(random);
    Map<String, long[]> lastStates = new HashMap<>();
    try (PreparedStatement keep =
        h.getConnection()
            .prepareStatement(
                "INSERT INTO "
                    + t.retainedTable()
                    + " ("
                    + t.waveColumn()
                    + ", id, respondent, answers) VALUES (?, ?, ?, ?)")) {
      boolean any = false;
      for (Stored row : rows) {
        long[] state = lastStates.computeIfAbsent(row.wave(), w -> lastState(h, w));
        if (Arrays.binarySearch(state, row.id()) >= 0) {
          keep.setString(1, row.wave());
          keep.setLong(2, row.id());
          keep.setString(3, standIn.value());
          keep.setBytes(4, row.answers());
          keep.addBatch();
          any = true;
        }
      }
      if (any) {
        keep.executeBatch();
      }
    }
  }

  /**
   * Raises the count of erasures of each wave {@code rows} leave, in the erasure's transaction
   * (WaveStatusRepository.erasures): what tells a reader of released figures that the wave's
   * answers must be checked again.
   */
  private void countErasures(Handle h, List<Stored> rows) throws SQLException {
    try (PreparedStatement count =
        h.getConnection()
            .prepareStatement(
                "INSERT INTO "
                    + t.erasureTable()
                    + " ("
                    + t.waveColumn()
                    + ", erasures) VALUES (?, 1) ON CONFLICT ("
                    + t.waveColumn()
                    + ") DO UPDATE SET erasures = "
                    + t.erasureTable()
                    + ".erasures + 1")) {
      for (String wave : new TreeSet<>(rows.stream().map(Stored::wave).toList())) {
        count.setString(1, wave);
        count.addBatch();
      }
      count.executeBatch();
    }
  }

  /** The response ids of the last release state of {@code wave}, ascending; none without one. */
  private long[] lastState(Handle h, String wave) {
    return h.createQuery(
            "SELECT size, respondents FROM "
                + t.stateTable()
                + " WHERE "
                + t.waveColumn()
                + " = ? ORDER BY sequence DESC LIMIT 1")
        .bind(0, wave)
        .map((rs, ctx) -> IdDeltas.decode(rs.getBytes("respondents"), rs.getInt("size")))
        .findOne()
        .orElse(new long[0]);
  }

  @Override
  public List<StoredResponse<R>> retained(W w) {
    return stores.read(
        h ->
            h.createQuery(
                    "SELECT id, respondent, answers FROM "
                        + t.retainedTable()
                        + " WHERE "
                        + t.waveColumn()
                        + " = ? ORDER BY id")
                .bind(0, waveId.apply(w))
                .map(
                    (rs, ctx) ->
                        new StoredResponse<>(
                            rs.getLong(1), decode(rs.getString(2), rs.getBytes(3))))
                .list());
  }

  /** A stored row as erasure needs it: where its segment rows are. */
  private record Stored(long id, String wave, byte[] answers) {}

  @Override
  public int erase(Pseudonym respondent) {
    return stores.inTransaction(
        h -> {
          List<Stored> rows =
              h.createQuery(ofRespondent("id, " + t.waveColumn() + ", answers"))
                  .bind(0, respondent.value())
                  .map((rs, ctx) -> new Stored(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                  .list();
          if (rows.isEmpty()) {
            return 0;
          }
          retainForStates(h, respondent, rows);
          countErasures(h, rows);
          // Segment blocks are keyed for segment queries, so they are found by their values, which
          // the stored answers hold; a block left empty goes.
          try (PreparedStatement segments =
                  h.getConnection()
                      .prepareStatement(
                          "UPDATE "
                              + t.segmentTable()
                              + " SET ids = "
                              + stores.dialect().removeId()
                              + ", size = size - 1 WHERE "
                              + ofSegmentValue()
                              + " AND "
                              + stores.dialect().holdsId());
              PreparedStatement empty =
                  h.getConnection()
                      .prepareStatement(
                          "DELETE FROM "
                              + t.segmentTable()
                              + " WHERE "
                              + ofSegmentValue()
                              + " AND size = 0");
              PreparedStatement response =
                  h.getConnection()
                      .prepareStatement(
                          "DELETE FROM "
                              + t.table()
                              + " WHERE "
                              + t.waveColumn()
                              + " = ? AND id = ?")) {
            for (Stored row : rows) {
              for (Map.Entry<String, String> s :
                  new TreeMap<>(format.segments(decode(respondent.value(), row.answers())))
                      .entrySet()) {
                segments.setLong(1, row.id());
                segments.setString(2, row.wave());
                segments.setString(3, s.getKey());
                segments.setString(4, s.getValue());
                segments.setLong(5, row.id());
                segments.executeUpdate();
                empty.setString(1, row.wave());
                empty.setString(2, s.getKey());
                empty.setString(3, s.getValue());
                empty.executeUpdate();
              }
              response.setString(1, row.wave());
              response.setLong(2, row.id());
              response.addBatch();
            }
            response.executeBatch();
          }
          return rows.size();
        });
  }
}
