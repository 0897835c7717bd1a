package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.Stores;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Every port over one SQL database (SQLite or PostgreSQL), through Jdbi. The schema is migrated
 * with Flyway when the store opens.
 */
public final class SqlStores implements Stores {
  /** Reads, and writes where the database takes concurrent writers. */
  private final Jdbi jdbi;

  /** Where present, every write goes through it instead of {@link #jdbi}. */
  private final Optional<WriteQueue> writes;

  private final Dialect dialect;
  private final AutoCloseable resources;
  private final WishMaps wishMaps = new WishMaps();
  private final Scales scales = new Scales();
  private final Measurements measurements = new Measurements();
  private final Invitations invitations = new Invitations();
  private final SqlWishMapResponses wishMapResponses;
  private final SqlMeasurementResponses measurementResponses;
  private final NeighbourhoodRepository neighbourhoods = new SqlNeighbourhoods.Neighbourhoods(this);
  private final BuildingRepository buildings = new SqlNeighbourhoods.Buildings(this);
  private final InitiativeRepository initiatives = new SqlInitiatives(this);
  private final ActivityRepository activities = new SqlActivities.Activities(this);
  private final ActivitySessionRepository activitySessions = new SqlActivities.Sessions(this);
  private final MeetingRepository meetings = new SqlEngagement.Meetings(this);
  private final AmbassadorRepository ambassadors = new SqlEngagement.Ambassadors(this);
  private final SignalRepository signals = new SqlEngagement.Signals(this);
  private final ParkedTopicRepository parkedTopics = new SqlEngagement.ParkedTopics(this);
  private final BenefitStatementRepository benefitStatements =
      new SqlEngagement.BenefitStatements(this);
  private final ResultRepository results = new SqlEngagement.Results(this);
  private final WaveStatusRepository waveStatuses = new SqlWaveStatuses(this);

  /**
   * Opens a store over {@code dataSource}, migrating the schema first.
   *
   * @param schema the schema Flyway creates and migrates, if not the connection's default
   * @param resources closed by {@link #close()} (usually the connection pool)
   */
  public SqlStores(
      DataSource dataSource, Dialect dialect, Optional<String> schema, AutoCloseable resources) {
    this(dataSource, dataSource, false, dialect, schema, resources);
  }

  /**
   * Opens a store over a database that admits one writer at a time, migrating the schema first:
   * writes are queued for one writer thread on {@code writes} (see {@link WriteQueue}), reads use
   * {@code reads} and never wait for writers.
   *
   * @param writes hands out the writer's one connection
   * @param reads the connections for reads
   * @param resources closed by {@link #close()} (usually both connection pools), after the writes
   *     already queued have finished
   */
  public SqlStores(DataSource writes, DataSource reads, Dialect dialect, AutoCloseable resources) {
    this(writes, reads, true, dialect, Optional.empty(), resources);
  }

  private SqlStores(
      DataSource writeSource,
      DataSource readSource,
      boolean queueWrites,
      Dialect dialect,
      Optional<String> schema,
      AutoCloseable resources) {
    this.dialect = dialect;
    var flyway =
        Flyway.configure()
            .dataSource(writeSource)
            .locations(dialect.migrationLocations().toArray(String[]::new))
            .javaMigrations(new DeclarePresentValues())
            .failOnMissingLocations(true);
    schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s).createSchemas(true));
    flyway.load().migrate();
    this.jdbi = DatabaseFailure.quiet(Jdbi.create(readSource));
    if (queueWrites) {
      WriteQueue queue = new WriteQueue(writeSource, dialect.name());
      this.writes = Optional.of(queue);
      this.resources =
          () -> {
            try (resources) {
              queue.close();
            }
          };
    } else {
      this.writes = Optional.empty();
      this.resources = resources;
    }
    this.wishMapResponses = new SqlWishMapResponses();
    this.measurementResponses = new SqlMeasurementResponses();
  }

  /** The dialect of this store. */
  public Dialect dialect() {
    return dialect;
  }

  /** Runs {@code callback} with a handle outside a transaction (for checks and tests). */
  public <T> T withHandle(HandleCallback<T, SQLException> callback) {
    return read(callback);
  }

  @Override
  public WishMapRepository wishMaps() {
    return wishMaps;
  }

  @Override
  public WishMapResponseStore wishMapResponses() {
    return wishMapResponses;
  }

  @Override
  public ScaleRepository scales() {
    return scales;
  }

  @Override
  public MeasurementRepository measurements() {
    return measurements;
  }

  @Override
  public MeasurementResponseStore measurementResponses() {
    return measurementResponses;
  }

  @Override
  public InvitationRepository invitations() {
    return invitations;
  }

  @Override
  public NeighbourhoodRepository neighbourhoods() {
    return neighbourhoods;
  }

  @Override
  public BuildingRepository buildings() {
    return buildings;
  }

  @Override
  public InitiativeRepository initiatives() {
    return initiatives;
  }

  @Override
  public ActivityRepository activities() {
    return activities;
  }

  @Override
  public ActivitySessionRepository activitySessions() {
    return activitySessions;
  }

  @Override
  public MeetingRepository meetings() {
    return meetings;
  }

  @Override
  public AmbassadorRepository ambassadors() {
    return ambassadors;
  }

  @Override
  public SignalRepository signals() {
    return signals;
  }

  @Override
  public ParkedTopicRepository parkedTopics() {
    return parkedTopics;
  }

  @Override
  public BenefitStatementRepository benefitStatements() {
    return benefitStatements;
  }

  @Override
  public ResultRepository results() {
    return results;
  }

  @Override
  public WaveStatusRepository waveStatuses() {
    return waveStatuses;
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new CohesionException("could not close the " + dialect.name() + " store", e);
    }
  }

  // ---- transactions and errors

  /** Runs {@code work} in a transaction, translating database failures. */
  <T> T inTransaction(HandleCallback<T, SQLException> work) {
    return translated(
        () -> writes.isPresent() ? writes.get().alone(work) : jdbi.inTransaction(work));
  }

  /**
   * Runs {@code work} in a transaction that it may share with other such work: its result is
   * returned once that transaction has committed, and an exception it throws undoes its own writes
   * only. For short writes that many callers make at once (single submissions).
   */
  <T> T inSharedTransaction(HandleCallback<T, SQLException> work) {
    return translated(
        () -> writes.isPresent() ? writes.get().grouped(work) : jdbi.inTransaction(work));
  }

  /** The writer thread of this store, where writes are queued (for tests). */
  Optional<WriteQueue> writeQueue() {
    return writes;
  }

  /** Runs {@code work} on a handle in autocommit mode, translating database failures. */
  <T> T read(HandleCallback<T, SQLException> work) {
    return translated(() -> jdbi.withHandle(work));
  }

  /** Database work, which may fail with an {@link SQLException}. */
  @FunctionalInterface
  private interface DatabaseWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work}, turning database failures into the store's exceptions. */
  private <T> T translated(DatabaseWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw translate(e);
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /** The SQL exception behind {@code e}, if any. */
  Optional<SQLException> sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  boolean isUniqueViolation(Throwable e) {
    return sqlCause(e).map(dialect::isUniqueViolation).orElse(false);
  }

  boolean isForeignKeyViolation(Throwable e) {
    return sqlCause(e).map(dialect::isForeignKeyViolation).orElse(false);
  }

  /**
   * The one place where database failures become the store's exceptions. Nothing of the driver's or
   * Jdbi's messages is passed on, neither in a message nor as a cause: they quote the values a
   * statement carried, which are pseudonyms and answers (see docs/persistence.md#database-errors).
   * The store's own exceptions (not found, conflict) pass unchanged.
   */
  private RuntimeException translate(Exception e) {
    Optional<SQLException> sql = sqlCause(e);
    if (sql.isPresent() && dialect.isUniqueViolation(sql.get())) {
      return new ConflictException("this exists already (" + dialect.describe(sql.get()) + ")");
    }
    if (sql.isPresent() && dialect.isForeignKeyViolation(sql.get())) {
      return new ConflictException(
          "this refers to, or is referred to by, other data (" + dialect.describe(sql.get()) + ")");
    }
    if (e instanceof RuntimeException runtime && !DatabaseFailure.fromDatabase(e)) {
      return runtime;
    }
    // The store's own message, where it wrote one around a database failure, says what it was
    // doing; its cause is replaced like any other.
    String message =
        e instanceof CohesionException own ? own.getMessage() : dialect.name() + " failed";
    return DatabaseFailure.wrap(
        message + ": " + sql.map(dialect::describe).orElse(e.getClass().getSimpleName()),
        e,
        sql,
        dialect);
  }

  // ---- versioned definitions shared by the three repositories

  private static long versionOf(Handle h, String table, String id) {
    return h.createQuery("SELECT version FROM " + table + " WHERE id = ?")
        .bind(0, id)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  /** Checks inside a transaction that {@code id} is at {@code expected}; 0 means absent. */
  private static void expectVersion(Handle h, String table, String kind, String id, long expected) {
    long current = versionOf(h, table, id);
    if (current == 0) {
      throw new NotFoundException(kind, id);
    }
    if (current != expected) {
      throw new ConflictException(
          kind + " " + id + " is at version " + current + ", not the expected version " + expected);
    }
  }

  /**
   * Deletes {@code id} at {@code expected}. The version was checked before in the transaction, but
   * a concurrent delete or update may have committed since: then nothing is deleted here, and this
   * caller lost the race.
   */
  private static int deleteAt(Handle h, String table, String kind, String id, long expected) {
    int deleted =
        h.createUpdate("DELETE FROM " + table + " WHERE id = ? AND version = ?")
            .bind(0, id)
            .bind(1, expected)
            .execute();
    if (deleted == 0) {
      throw new ConflictException(
          kind
              + " "
              + id
              + " was changed or deleted concurrently; version "
              + expected
              + " is no longer current");
    }
    return deleted;
  }

  private <T> Page<Versioned<T>> page(
      String table, PageRequest page, Function<ResultSet, T> reader) {
    return read(
        h -> {
          long total = h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
          List<Versioned<T>> items =
              h.createQuery(
                      "SELECT * FROM "
                          + table
                          + " ORDER BY id"
                          + dialect.binaryOrder()
                          + " LIMIT ? OFFSET ?")
                  .bind(0, page.pageSize())
                  .bind(1, page.offset())
                  .map((rs, ctx) -> new Versioned<>(reader.apply(rs), rs.getLong("version")))
                  .list();
          return new Page<>(items, page, total);
        });
  }

  private static String text(ResultSet rs, String column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      throw new CohesionException("cannot read column " + column, e);
    }
  }

  private final class WishMaps implements WishMapRepository {
    /**
     * Decoded definitions by id, with the stored text they came from. Every submission looks its
     * wish map up; comparing the text is much cheaper than decoding it again, and a changed
     * definition (another version, or the map deleted and made anew) differs in its text.
     */
    private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();

    private WishMap decode(String id, String definition) {
      Decoded known = decoded.get(id);
      if (known != null && known.definition().equals(definition)) {
        return known.wishMap();
      }
      WishMap wishMap = Codec.wishMap(definition);
      if (decoded.size() >= DECODED_LIMIT) {
        decoded.clear();
      }
      decoded.put(id, new Decoded(definition, wishMap));
      return wishMap;
    }

    @Override
    public Versioned<WishMap> create(WishMap wishMap) {
      return inTransaction(
          h -> {
            if (versionOf(h, "wish_map", wishMap.id().value()) != 0) {
              throw new ConflictException("wish map " + wishMap.id() + " exists already");
            }
            h.createUpdate("INSERT INTO wish_map (id, version, definition) VALUES (?, 1, ?)")
                .bind(0, wishMap.id().value())
                .bind(1, Codec.wishMap(wishMap))
                .execute();
            return new Versioned<>(wishMap, 1);
          });
    }

    @Override
    public Optional<Versioned<WishMap>> find(WishMapId id) {
      return read(
          h ->
              h.createQuery("SELECT version, definition FROM wish_map WHERE id = ?")
                  .bind(0, id.value())
                  .map(
                      (rs, ctx) ->
                          new Versioned<>(
                              decode(id.value(), rs.getString("definition")),
                              rs.getLong("version")))
                  .findOne());
    }

    @Override
    public Page<Versioned<WishMap>> list(PageRequest request) {
      return page("wish_map", request, rs -> Codec.wishMap(text(rs, "definition")));
    }

    @Override
    public Versioned<WishMap> update(WishMap wishMap, long expectedVersion) {
      return inTransaction(
          h -> {
            int updated =
                h.createUpdate(
                        "UPDATE wish_map SET definition = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?")
                    .bind(0, Codec.wishMap(wishMap))
                    .bind(1, wishMap.id().value())
                    .bind(2, expectedVersion)
                    .execute();
            if (updated == 0) {
              expectVersion(h, "wish_map", "wish map", wishMap.id().value(), expectedVersion);
            }
            return new Versioned<>(wishMap, expectedVersion + 1);
          });
    }

    @Override
    public void delete(WishMapId id, long expectedVersion) {
      inTransaction(
          h -> {
            // Waits for imports and submissions into this wave, which keep its row, to end.
            h.createQuery("SELECT 1 FROM wish_map WHERE id = ?" + dialect.lockRow())
                .bind(0, id.value())
                .mapTo(Integer.class)
                .findOne();
            expectVersion(h, "wish_map", "wish map", id.value(), expectedVersion);
            if (h.createQuery("SELECT 1 FROM wish_map_response WHERE wish_map_id = ? LIMIT 1")
                .bind(0, id.value())
                .mapTo(Integer.class)
                .findOne()
                .isPresent()) {
              throw new ConflictException("wish map " + id + " has responses; erase them first");
            }
            return deleteAt(h, "wish_map", "wish map", id.value(), expectedVersion);
          });
    }
  }

  private final class Scales implements ScaleRepository {
    @Override
    public Versioned<Scale> create(Scale scale) {
      return inTransaction(
          h -> {
            if (versionOf(h, "scale", scale.id().value()) != 0) {
              throw new ConflictException("scale " + scale.id() + " exists already");
            }
            h.createUpdate("INSERT INTO scale (id, version, definition) VALUES (?, 1, ?)")
                .bind(0, scale.id().value())
                .bind(1, Codec.scale(scale))
                .execute();
            return new Versioned<>(scale, 1);
          });
    }

    @Override
    public Optional<Versioned<Scale>> find(ScaleId id) {
      return read(
          h ->
              h.createQuery("SELECT version, definition FROM scale WHERE id = ?")
                  .bind(0, id.value())
                  .map(
                      (rs, ctx) ->
                          new Versioned<>(
                              Codec.scale(rs.getString("definition")), rs.getLong("version")))
                  .findOne());
    }

    @Override
    public Page<Versioned<Scale>> list(PageRequest request) {
      return page("scale", request, rs -> Codec.scale(text(rs, "definition")));
    }

    @Override
    public Versioned<Scale> update(Scale scale, long expectedVersion) {
      return inTransaction(
          h -> {
            int updated =
                h.createUpdate(
                        "UPDATE scale SET definition = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?")
                    .bind(0, Codec.scale(scale))
                    .bind(1, scale.id().value())
                    .bind(2, expectedVersion)
                    .execute();
            if (updated == 0) {
              expectVersion(h, "scale", "scale", scale.id().value(), expectedVersion);
            }
            return new Versioned<>(scale, expectedVersion + 1);
          });
    }

    @Override
    public void delete(ScaleId id, long expectedVersion) {
      inTransaction(
          h -> {
            expectVersion(h, "scale", "scale", id.value(), expectedVersion);
            if (h.createQuery("SELECT 1 FROM measurement WHERE scale_id = ? LIMIT 1")
                .bind(0, id.value())
                .mapTo(Integer.class)
                .findOne()
                .isPresent()) {
              throw new ConflictException("scale " + id + " is used by a measurement");
            }
            return deleteAt(h, "scale", "scale", id.value(), expectedVersion);
          });
    }
  }

  private static Measurement measurement(ResultSet rs) throws SQLException {
    return new Measurement(
        new MeasurementId(rs.getString("id")),
        new ScaleId(rs.getString("scale_id")),
        new NeighbourhoodId(rs.getString("neighbourhood_id")),
        rs.getString("wave"),
        LocalDate.parse(rs.getString("opened")),
        Codec.declarations(rs.getString("attributes")));
  }

  private final class Measurements implements MeasurementRepository {
    private void requireScale(Handle h, ScaleId scale) {
      if (versionOf(h, "scale", scale.value()) == 0) {
        throw new NotFoundException("scale", scale);
      }
    }

    @Override
    public Versioned<Measurement> create(Measurement m) {
      return inTransaction(
          h -> {
            requireScale(h, m.scale());
            if (versionOf(h, "measurement", m.id().value()) != 0) {
              throw new ConflictException("measurement " + m.id() + " exists already");
            }
            h.createUpdate(
                    "INSERT INTO measurement"
                        + " (id, version, scale_id, neighbourhood_id, wave, opened, attributes)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?)")
                .bind(0, m.id().value())
                .bind(1, m.scale().value())
                .bind(2, m.neighbourhood().value())
                .bind(3, m.wave())
                .bind(4, m.opened().toString())
                .bind(5, Codec.declarations(m.attributes()))
                .execute();
            return new Versioned<>(m, 1);
          });
    }

    @Override
    public Optional<Versioned<Measurement>> find(MeasurementId id) {
      return read(
          h ->
              h.createQuery("SELECT * FROM measurement WHERE id = ?")
                  .bind(0, id.value())
                  .map((rs, ctx) -> new Versioned<>(measurement(rs), rs.getLong("version")))
                  .findOne());
    }

    @Override
    public Page<Versioned<Measurement>> list(PageRequest request) {
      return page(
          "measurement",
          request,
          rs -> {
            try {
              return measurement(rs);
            } catch (SQLException e) {
              throw new CohesionException("cannot read a measurement", e);
            }
          });
    }

    private List<Versioned<Measurement>> where(String column, String value) {
      return read(
          h ->
              h.createQuery(
                      "SELECT * FROM measurement WHERE "
                          + column
                          + " = ? ORDER BY opened, id"
                          + dialect.binaryOrder())
                  .bind(0, value)
                  .map((rs, ctx) -> new Versioned<>(measurement(rs), rs.getLong("version")))
                  .list());
    }

    @Override
    public List<Versioned<Measurement>> byScale(ScaleId scale) {
      return where("scale_id", scale.value());
    }

    @Override
    public List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood) {
      return where("neighbourhood_id", neighbourhood.value());
    }

    @Override
    public Versioned<Measurement> update(Measurement m, long expectedVersion) {
      return inTransaction(
          h -> {
            expectVersion(h, "measurement", "measurement", m.id().value(), expectedVersion);
            requireScale(h, m.scale());
            int updated =
                h.createUpdate(
                        "UPDATE measurement SET scale_id = ?, neighbourhood_id = ?, wave = ?,"
                            + " opened = ?, attributes = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?")
                    .bind(0, m.scale().value())
                    .bind(1, m.neighbourhood().value())
                    .bind(2, m.wave())
                    .bind(3, m.opened().toString())
                    .bind(4, Codec.declarations(m.attributes()))
                    .bind(5, m.id().value())
                    .bind(6, expectedVersion)
                    .execute();
            if (updated == 0) {
              expectVersion(h, "measurement", "measurement", m.id().value(), expectedVersion);
            }
            return new Versioned<>(m, expectedVersion + 1);
          });
    }

    @Override
    public void delete(MeasurementId id, long expectedVersion) {
      inTransaction(
          h -> {
            // Waits for imports and submissions into this wave, which keep its row, to end.
            h.createQuery("SELECT 1 FROM measurement WHERE id = ?" + dialect.lockRow())
                .bind(0, id.value())
                .mapTo(Integer.class)
                .findOne();
            expectVersion(h, "measurement", "measurement", id.value(), expectedVersion);
            if (h.createQuery("SELECT 1 FROM measurement_response WHERE measurement_id = ? LIMIT 1")
                .bind(0, id.value())
                .mapTo(Integer.class)
                .findOne()
                .isPresent()) {
              throw new ConflictException("measurement " + id + " has responses; erase them first");
            }
            return deleteAt(h, "measurement", "measurement", id.value(), expectedVersion);
          });
    }
  }

  /** The stored name of a hash kind (column {@code invitation.hash_kind}, V12). */
  private static String hashKind(Invitation.HashKind kind) {
    return switch (kind) {
      case HMAC_SHA256 -> "hmac-sha256";
      case SHA256 -> "sha256";
    };
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    String kind = rs.getString("hash_kind");
    return new Invitation(
        rs.getString("code_hash"),
        Optional.ofNullable(rs.getString("label")),
        switch (kind) {
          case "hmac-sha256" -> Invitation.HashKind.HMAC_SHA256;
          case "sha256" -> Invitation.HashKind.SHA256;
          default -> throw new CohesionException("unknown invitation hash kind '" + kind + "'");
        });
  }

  private final class Invitations implements InvitationRepository {
    @Override
    public void create(List<Invitation> batch) {
      inTransaction(
          h -> {
            try (PreparedStatement insert =
                h.getConnection()
                    .prepareStatement(
                        "INSERT INTO invitation (code_hash, label, hash_kind) VALUES (?, ?, ?)")) {
              for (Invitation invitation : batch) {
                insert.setString(1, invitation.codeHash());
                insert.setString(2, invitation.label().orElse(null));
                insert.setString(3, hashKind(invitation.hashKind()));
                insert.addBatch();
              }
              insert.executeBatch();
            }
            return batch.size();
          });
    }

    @Override
    public Optional<Invitation> find(String codeHash) {
      return read(
          h ->
              h.createQuery(
                      "SELECT code_hash, label, hash_kind FROM invitation WHERE code_hash = ?")
                  .bind(0, codeHash)
                  .map((rs, ctx) -> invitation(rs))
                  .findOne());
    }

    @Override
    public Page<Invitation> list(PageRequest request) {
      return read(
          h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM invitation").mapTo(Long.class).one();
            List<Invitation> items =
                h.createQuery(
                        "SELECT code_hash, label, hash_kind FROM invitation"
                            + " ORDER BY COALESCE(label, '')"
                            + dialect.binaryOrder()
                            + ", code_hash"
                            + dialect.binaryOrder()
                            + " LIMIT ? OFFSET ?")
                    .bind(0, request.pageSize())
                    .bind(1, request.offset())
                    .map((rs, ctx) -> invitation(rs))
                    .list();
            return new Page<>(items, request, total);
          });
    }

    @Override
    public boolean rekey(String legacyHash, String codeHash) {
      // One statement: of concurrent first uses of a code, one finds the bare hash and the others
      // none (the row is locked by the first, and then no longer matches).
      return inTransaction(
          h ->
              h.createUpdate(
                          "UPDATE invitation SET code_hash = ?, hash_kind = ?"
                              + " WHERE code_hash = ? AND hash_kind = ?")
                      .bind(0, codeHash)
                      .bind(1, hashKind(Invitation.HashKind.HMAC_SHA256))
                      .bind(2, legacyHash)
                      .bind(3, hashKind(Invitation.HashKind.SHA256))
                      .execute()
                  == 1);
    }
  }

  /** How many decoded wish map definitions are kept at most. */
  private static final int DECODED_LIMIT = 1_000;

  /** A wish map decoded from its stored definition. */
  private record Decoded(String definition, WishMap wishMap) {}

  private final class SqlWishMapResponses extends SqlResponses<WishMapId, WishMapResponse>
      implements WishMapResponseStore {
    SqlWishMapResponses() {
      super(
          SqlStores.this,
          new ResponseTable(
              "wish map", "wish_map", "wish_map_response", "wish_map_segment_block", "wish_map_id"),
          WishMapId::value,
          WishMapId::new,
          ResponseFormat.WISH_MAP);
    }
  }

  private final class SqlMeasurementResponses
      extends SqlResponses<MeasurementId, MeasurementResponse> implements MeasurementResponseStore {
    SqlMeasurementResponses() {
      super(
          SqlStores.this,
          new ResponseTable(
              "measurement",
              "measurement",
              "measurement_response",
              "measurement_segment_block",
              "measurement_id"),
          MeasurementId::value,
          MeasurementId::new,
          ResponseFormat.MEASUREMENT);
    }
  }
}
