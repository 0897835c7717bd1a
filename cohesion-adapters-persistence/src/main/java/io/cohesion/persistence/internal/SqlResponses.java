package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Responses of one kind in SQL: one row each, answers as compact JSON, segments in a side table.
 */
class SqlResponses<W, R> implements ResponseStore<W, R> {
  private static final int FETCH_SIZE = 2_000;

  private final SqlStores stores;
  private final ResponseTable t;
  private final Function<W, String> waveId;
  private final Function<String, W> wave;
  private final Function<R, Pseudonym> respondentOf;
  private final Function<R, String> encode;
  private final BiFunction<String, String, R> decode;

  SqlResponses(
      SqlStores stores,
      ResponseTable table,
      Function<W, String> waveId,
      Function<String, W> wave,
      Function<R, Pseudonym> respondentOf,
      Function<R, String> encode,
      BiFunction<String, String, R> decode) {
    this.stores = stores;
    this.t = table;
    this.waveId = waveId;
    this.wave = wave;
    this.respondentOf = respondentOf;
    this.encode = encode;
    this.decode = decode;
  }

  private void requireWave(Handle h, W w) {
    if (h.createQuery("SELECT 1 FROM " + t.waveTable() + " WHERE id = ?")
        .bind(0, waveId.apply(w))
        .mapTo(Integer.class)
        .findOne()
        .isEmpty()) {
      throw new NotFoundException(t.kind(), w);
    }
  }

  private ConflictException alreadyAnswered(W w, String respondent) {
    return new ConflictException(
        "respondent " + respondent + " has already answered " + t.kind() + " " + w);
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
                    rs.getLong("id"),
                    decode.apply(rs.getString("respondent"), rs.getString("answers"))))
        .findOne();
  }

  private void copySegments(Handle h, W w, long afterId) {
    h.createUpdate(
            "INSERT INTO "
                + t.segmentTable()
                + " (response_id, column_name, value, "
                + t.waveColumn()
                + ") SELECT r.id, j.key, j.value, r."
                + t.waveColumn()
                + " FROM "
                + t.table()
                + " r, "
                + stores.dialect().segmentRows()
                + " WHERE r."
                + t.waveColumn()
                + " = ? AND r.id > ? ON CONFLICT DO NOTHING")
        .bind(0, waveId.apply(w))
        .bind(1, afterId)
        .execute();
  }

  @Override
  public StoredResponse<R> submit(W w, R response, Optional<IdempotencyKey> idempotencyKey) {
    String respondent = respondentOf.apply(response).value();
    String answers = encode.apply(response);
    try {
      return stores.inTransaction(
          h -> {
            requireWave(h, w);
            if (idempotencyKey.isPresent()) {
              Optional<StoredResponse<R>> earlier = byKey(h, w, idempotencyKey.get());
              if (earlier.isPresent()) {
                return earlier.get();
              }
            }
            if (h.createQuery(
                    "SELECT 1 FROM "
                        + t.table()
                        + " WHERE "
                        + t.waveColumn()
                        + " = ? AND respondent = ?")
                .bind(0, waveId.apply(w))
                .bind(1, respondent)
                .mapTo(Integer.class)
                .findOne()
                .isPresent()) {
              throw alreadyAnswered(w, respondent);
            }
            long id =
                h.createQuery(
                        "INSERT INTO "
                            + t.table()
                            + " ("
                            + t.waveColumn()
                            + ", respondent, idempotency_key, answers) VALUES (?, ?, ?, ?)"
                            + " RETURNING id")
                    .bind(0, waveId.apply(w))
                    .bind(1, respondent)
                    .bind(2, idempotencyKey.map(IdempotencyKey::value).orElse(null))
                    .bind(3, answers)
                    .mapTo(Long.class)
                    .one();
            copySegments(h, w, id - 1);
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
      if (e.getMessage().startsWith("respondent ")) {
        throw e;
      }
      throw alreadyAnswered(w, respondent);
    }
  }

  @Override
  public long importAll(W w, Iterable<? extends R> responses) {
    return stores.inTransaction(
        h -> {
          requireWave(h, w);
          Set<String> seen = new HashSet<>();
          h.createQuery("SELECT respondent FROM " + t.table() + " WHERE " + t.waveColumn() + " = ?")
              .bind(0, waveId.apply(w))
              .mapTo(String.class)
              .forEach(seen::add);
          long before =
              h.createQuery("SELECT COALESCE(MAX(id), 0) FROM " + t.table())
                  .mapTo(Long.class)
                  .one();
          Iterator<? extends R> source = responses.iterator();
          Iterator<String[]> rows =
              new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return source.hasNext();
                }

                @Override
                public String[] next() {
                  R response = source.next();
                  String respondent = respondentOf.apply(response).value();
                  if (!seen.add(respondent)) {
                    throw alreadyAnswered(w, respondent);
                  }
                  return new String[] {respondent, encode.apply(response)};
                }
              };
          long count =
              stores.dialect().bulkInsert(h, t.table(), t.waveColumn(), waveId.apply(w), rows);
          copySegments(h, w, before);
          return count;
        });
  }

  @Override
  public void forEach(W w, Consumer<? super R> action) {
    String sql =
        "SELECT respondent, answers FROM "
            + t.table()
            + " WHERE "
            + t.waveColumn()
            + " = ? ORDER BY id";
    org.jdbi.v3.core.HandleCallback<Void, SQLException> work =
        h -> {
          requireWave(h, w);
          h.createQuery(sql)
              .bind(0, waveId.apply(w))
              .setFetchSize(FETCH_SIZE)
              .map((rs, ctx) -> decode.apply(rs.getString(1), rs.getString(2)))
              .forEach(action);
          return null;
        };
    if (stores.dialect().cursorNeedsTransaction()) {
      stores.inTransaction(work);
    } else {
      stores.read(work);
    }
  }

  @Override
  public List<R> responses(W w, String column, String value) {
    return stores.read(
        h -> {
          requireWave(h, w);
          return h.createQuery(
                  "SELECT r.respondent, r.answers FROM "
                      + t.segmentTable()
                      + " s JOIN "
                      + t.table()
                      + " r ON r.id = s.response_id WHERE s."
                      + t.waveColumn()
                      + " = ? AND s.column_name = ? AND s.value = ? ORDER BY r.id")
              .bind(0, waveId.apply(w))
              .bind(1, column)
              .bind(2, value)
              .map((rs, ctx) -> decode.apply(rs.getString(1), rs.getString(2)))
              .list();
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

  /** The rows of one respondent: per wave, through the (wave, respondent) index. */
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
                          wave.apply(rs.getString(1)),
                          decode.apply(respondent.value(), rs.getString(2))))
              .forEach(e -> found.put(e.getKey(), e.getValue()));
          return found;
        });
  }

  @Override
  public int erase(Pseudonym respondent) {
    return stores.inTransaction(
        h -> {
          h.createUpdate(
                  "DELETE FROM "
                      + t.segmentTable()
                      + " WHERE response_id IN ("
                      + ofRespondent("id")
                      + ")")
              .bind(0, respondent.value())
              .execute();
          return h.createUpdate(
                  "DELETE FROM "
                      + t.table()
                      + " WHERE "
                      + t.waveColumn()
                      + " IN (SELECT id FROM "
                      + t.waveTable()
                      + ") AND respondent = ?")
              .bind(0, respondent.value())
              .execute();
        });
  }
}
