package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * Wave statuses and release states in SQL (migration V11): a status row per wave whose status was
 * ever changed, a row per state. Every call reads the database, so servers over one database agree.
 */
final class SqlWaveStatuses implements WaveStatusRepository {

  /** The tables of one kind of wave. */
  private record Tables(
      String kind, String wave, String key, String status, String states, String responses) {
    static Tables of(WaveKind kind) {
      return switch (kind) {
        case WISH_MAP ->
            new Tables(
                "wish map",
                "wish_map",
                "wish_map_id",
                "wish_map_status",
                "wish_map_release_state",
                "wish_map_response");
        case MEASUREMENT ->
            new Tables(
                "measurement",
                "measurement",
                "measurement_id",
                "measurement_status",
                "measurement_release_state",
                "measurement_response");
      };
    }
  }

  private final SqlTransactions store;

  SqlWaveStatuses(SqlTransactions store) {
    this.store = store;
  }

  @Override
  public Optional<Versioned<WaveStatus>> find(WaveId wave) {
    // Every submission reads its wave's status: on plain JDBC (see SqlTransactions.findPlain).
    return store.findPlain(statusOf(Tables.of(wave.kind())), wave.id(), rs -> status(wave, rs));
  }

  private static String statusOf(Tables t) {
    return "SELECT s.version, s.closed, s.closes FROM "
        + t.wave()
        + " w LEFT JOIN "
        + t.status()
        + " s ON s."
        + t.key()
        + " = w.id WHERE w.id = ?";
  }

  private static Versioned<WaveStatus> status(WaveId wave, ResultSet rs) throws SQLException {
    long version = rs.getLong("version");
    if (rs.wasNull()) {
      return new Versioned<>(WaveStatus.open(wave), 1);
    }
    String closes = rs.getString("closes");
    return new Versioned<>(
        new WaveStatus(
            wave, rs.getBoolean("closed"), Optional.ofNullable(closes).map(Instant::parse)),
        version);
  }

  private static Optional<Versioned<WaveStatus>> find(Handle h, WaveId wave) {
    Tables t = Tables.of(wave.kind());
    return h.createQuery(statusOf(t))
        .bind(0, wave.id())
        .map((rs, ctx) -> status(wave, rs))
        .findOne();
  }

  @Override
  public Versioned<WaveStatus> update(
      WaveStatus status, long expectedVersion, Optional<ReleaseState> cut) {
    WaveId wave = status.wave();
    Tables t = Tables.of(wave.kind());
    cut.ifPresent(
        state -> {
          if (!state.wave().equals(wave)) {
            throw new IllegalArgumentException(
                "a state of " + state.wave() + " is not one of " + wave);
          }
        });
    return store.inTransaction(
        h -> {
          long current =
              find(h, wave).orElseThrow(() -> new NotFoundException(t.kind(), wave.id())).version();
          if (current != expectedVersion) {
            throw stale(wave, current, expectedVersion);
          }
          String closes = status.closes().map(Instant::toString).orElse(null);
          if (current == 1) {
            // A concurrent first change inserts the same key: the loser gets a unique violation,
            // which the store reports as a conflict.
            h.createUpdate(
                    "INSERT INTO "
                        + t.status()
                        + " ("
                        + t.key()
                        + ", version, closed, closes) VALUES (?, 2, ?, ?)")
                .bind(0, wave.id())
                .bind(1, status.closed())
                .bind(2, closes)
                .execute();
          } else {
            int updated =
                h.createUpdate(
                        "UPDATE "
                            + t.status()
                            + " SET closed = ?, closes = ?, version = version + 1 WHERE "
                            + t.key()
                            + " = ? AND version = ?")
                    .bind(0, status.closed())
                    .bind(1, closes)
                    .bind(2, wave.id())
                    .bind(3, expectedVersion)
                    .execute();
            if (updated == 0) {
              throw stale(wave, -1, expectedVersion);
            }
          }
          if (cut.isPresent()) {
            ReleaseState state = cut.get();
            h.createUpdate(
                    "INSERT INTO "
                        + t.states()
                        + " ("
                        + t.key()
                        + ", sequence, cut_at, size, respondents, digest) VALUES (?, ?, ?, ?, ?,"
                        + " ?)")
                .bind(0, wave.id())
                .bind(1, state.sequence())
                .bind(2, state.cutAt().toString())
                .bind(3, state.n())
                .bind(4, IdDeltas.encode(state.respondents()))
                .bind(5, state.digest())
                .execute();
            // The answers kept for the previous state's release go with it.
            h.createUpdate("DELETE FROM " + t.responses() + "_retained WHERE " + t.key() + " = ?")
                .bind(0, wave.id())
                .execute();
            if (wave.kind() == WaveKind.WISH_MAP) {
              // So do the codings of their wishes (docs/privacy.md#wishes).
              h.createUpdate(
                      "DELETE FROM wish_coding WHERE wish_map_id = ? AND NOT EXISTS (SELECT 1 FROM"
                          + " wish_map_response r WHERE r.wish_map_id = wish_coding.wish_map_id"
                          + " AND r.id = wish_coding.response_id)")
                  .bind(0, wave.id())
                  .execute();
            }
          }
          return new Versioned<>(status, expectedVersion + 1);
        });
  }

  private static ConflictException stale(WaveId wave, long current, long expected) {
    return new ConflictException(
        "the status of "
            + wave
            + (current > 0 ? " is at version " + current + ", not" : " changed since")
            + " the expected version "
            + expected);
  }

  @Override
  public List<ReleaseState> states(WaveId wave) {
    Tables t = Tables.of(wave.kind());
    return store.read(
        h ->
            h.createQuery(
                    "SELECT sequence, cut_at, size, respondents FROM "
                        + t.states()
                        + " WHERE "
                        + t.key()
                        + " = ? ORDER BY sequence")
                .bind(0, wave.id())
                .map(
                    (rs, ctx) ->
                        new ReleaseState(
                            wave,
                            rs.getInt("sequence"),
                            Instant.parse(rs.getString("cut_at")),
                            IdDeltas.decode(rs.getBytes("respondents"), rs.getInt("size"))))
                .list());
  }

  @Override
  public Optional<StateSummary> lastState(WaveId wave) {
    Tables t = Tables.of(wave.kind());
    // A state cut before migration V22 has no digest: its ids are read and hashed instead.
    return store.read(
        h ->
            h.createQuery(
                    "SELECT sequence, cut_at, size, digest, CASE WHEN digest IS NULL THEN"
                        + " respondents END AS respondents FROM "
                        + t.states()
                        + " WHERE "
                        + t.key()
                        + " = ? ORDER BY sequence DESC LIMIT 1")
                .bind(0, wave.id())
                .map(
                    (rs, ctx) -> {
                      int sequence = rs.getInt("sequence");
                      Instant cutAt = Instant.parse(rs.getString("cut_at"));
                      int size = rs.getInt("size");
                      String digest = rs.getString("digest");
                      return digest != null
                          ? new StateSummary(wave, sequence, cutAt, size, digest)
                          : StateSummary.of(
                              new ReleaseState(
                                  wave,
                                  sequence,
                                  cutAt,
                                  IdDeltas.decode(rs.getBytes("respondents"), size)));
                    })
                .findOne());
  }

  @Override
  public Optional<ReleaseState> state(WaveId wave, int sequence) {
    Tables t = Tables.of(wave.kind());
    return store.read(
        h ->
            h.createQuery(
                    "SELECT cut_at, size, respondents FROM "
                        + t.states()
                        + " WHERE "
                        + t.key()
                        + " = ? AND sequence = ?")
                .bind(0, wave.id())
                .bind(1, sequence)
                .map(
                    (rs, ctx) ->
                        new ReleaseState(
                            wave,
                            sequence,
                            Instant.parse(rs.getString("cut_at")),
                            IdDeltas.decode(rs.getBytes("respondents"), rs.getInt("size"))))
                .findOne());
  }

  @Override
  public OptionalLong erasures(WaveId wave) {
    Tables t = Tables.of(wave.kind());
    return OptionalLong.of(
        store.read(
            h ->
                h.createQuery(
                        "SELECT erasures FROM " + t.wave() + "_erasures WHERE " + t.key() + " = ?")
                    .bind(0, wave.id())
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(0L)));
  }

  @Override
  public long[] respondents(WaveId wave) {
    Tables t = Tables.of(wave.kind());
    return store.read(
        h -> {
          if (h.createQuery("SELECT 1 FROM " + t.wave() + " WHERE id = ?")
              .bind(0, wave.id())
              .mapTo(Integer.class)
              .findOne()
              .isEmpty()) {
            throw new NotFoundException(t.kind(), wave.id());
          }
          return h
              .createQuery(
                  "SELECT id FROM " + t.responses() + " WHERE " + t.key() + " = ? ORDER BY id")
              .bind(0, wave.id())
              .mapTo(Long.class)
              .list()
              .stream()
              .mapToLong(Long::longValue)
              .toArray();
        });
  }
}
