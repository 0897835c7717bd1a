package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.Stores;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Every port over one SQL database (SQLite or PostgreSQL): the wiring of a store. Over a schema
 * that its opener migrated ({@link Migrations}), it sets up the transactions ({@link
 * SqlTransactions}, with a writer thread where the database admits one writer at a time), hands
 * every repository the same transactions, and closes the pools. The repositories live beside it,
 * one class per feature ({@link SqlDefinitions}, {@link SqlNeighbourhoods}, {@link SqlEngagement},
 * …). Not API.
 */
public final class SqlStores implements Stores {
  private final SqlTransactions transactions;
  private final AutoCloseable resources;
  private final WishMapRepository wishMaps;
  private final ScaleRepository scales;
  private final MeasurementRepository measurements;
  private final InvitationRepository invitations;
  private final WishMapResponseStore wishMapResponses;
  private final MeasurementResponseStore measurementResponses;
  private final NeighbourhoodRepository neighbourhoods;
  private final BuildingRepository buildings;
  private final InitiativeRepository initiatives;
  private final ActivityRepository activities;
  private final ActivitySessionRepository activitySessions;
  private final MeetingRepository meetings;
  private final AmbassadorRepository ambassadors;
  private final SignalRepository signals;
  private final HouseholdPhaseRepository householdPhases;
  private final ConsultationRepository consultations;
  private final ParkedTopicRepository parkedTopics;
  private final BenefitStatementRepository benefitStatements;
  private final ResultRepository results;
  private final WaveStatusRepository waveStatuses;
  private final WishCodeRepository wishCodes;

  /**
   * A store over {@code dataSource}, whose schema is migrated already ({@link Migrations}).
   *
   * @param resources closed by {@link #close()} (the connection pool the store opened, or nothing
   *     when the application owns the pool)
   */
  public SqlStores(DataSource dataSource, Dialect dialect, AutoCloseable resources) {
    this(dataSource, dataSource, false, dialect, resources);
  }

  /**
   * A store over a database that admits one writer at a time, whose schema is migrated already:
   * writes are queued for one writer thread on {@code writes} (see {@link WriteQueue}), reads use
   * {@code reads} and never wait for writers.
   *
   * @param writes hands out the writer's one connection
   * @param reads the connections for reads
   * @param resources closed by {@link #close()} (usually both connection pools), after the writes
   *     already queued have finished
   */
  public SqlStores(DataSource writes, DataSource reads, Dialect dialect, AutoCloseable resources) {
    this(writes, reads, true, dialect, resources);
  }

  private SqlStores(
      DataSource writeSource,
      DataSource readSource,
      boolean queueWrites,
      Dialect dialect,
      AutoCloseable resources) {
    Optional<WriteQueue> writes =
        queueWrites ? Optional.of(new WriteQueue(writeSource, dialect.name())) : Optional.empty();
    this.resources =
        () -> {
          try (resources) {
            if (writes.isPresent()) {
              writes.get().close();
            }
          }
        };
    SqlTransactions tx = new SqlTransactions(readSource, writes, dialect);
    this.transactions = tx;
    this.wishMaps = new SqlDefinitions.WishMaps(tx);
    this.scales = new SqlDefinitions.Scales(tx);
    this.measurements = new SqlDefinitions.Measurements(tx);
    this.invitations = new SqlInvitations(tx);
    this.wishMapResponses = new SqlWishMapResponses(tx);
    this.measurementResponses = new SqlMeasurementResponses(tx);
    this.neighbourhoods = new SqlNeighbourhoods.Neighbourhoods(tx);
    this.buildings = new SqlNeighbourhoods.Buildings(tx);
    this.initiatives = new SqlInitiatives(tx);
    this.activities = new SqlActivities.Activities(tx);
    this.activitySessions = new SqlActivities.Sessions(tx);
    this.meetings = new SqlEngagement.Meetings(tx);
    this.ambassadors = new SqlEngagement.Ambassadors(tx);
    this.signals = new SqlEngagement.Signals(tx);
    this.householdPhases = new SqlPractice.HouseholdPhases(tx);
    this.consultations = new SqlPractice.Consultations(tx);
    this.parkedTopics = new SqlEngagement.ParkedTopics(tx);
    this.benefitStatements = new SqlEngagement.BenefitStatements(tx);
    this.results = new SqlEngagement.Results(tx);
    this.waveStatuses = new SqlWaveStatuses(tx);
    this.wishCodes = new SqlWishCodes(tx);
  }

  /** How the repositories of this store reach its database (for checks and tests). */
  public SqlTransactions transactions() {
    return transactions;
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
  public HouseholdPhaseRepository householdPhases() {
    return householdPhases;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
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
  public WishCodeRepository wishCodes() {
    return wishCodes;
  }

  /**
   * On a database that several processes share, under the database's named lock, held by a
   * connection of its own for as long as {@code work} runs; otherwise as every store does.
   */
  @Override
  public <T> T exclusively(String name, Supplier<T> work) {
    Optional<Dialect.NamedLock> lock = transactions.dialect().namedLock();
    if (lock.isEmpty()) {
      return Stores.super.exclusively(name, work);
    }
    return transactions.withHandle(
        h -> {
          h.createQuery(lock.get().take()).bind(0, name).mapTo(Integer.class).one();
          try {
            return work.get();
          } finally {
            h.createQuery(lock.get().release()).bind(0, name).mapTo(Integer.class).one();
          }
        });
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new CohesionException(
          "could not close the " + transactions.dialect().name() + " store", e);
    }
  }

  private static final class SqlWishMapResponses extends SqlResponses<WishMapId, WishMapResponse>
      implements WishMapResponseStore {
    SqlWishMapResponses(SqlTransactions store) {
      super(
          store,
          new ResponseTable(
              "wish map", "wish_map", "wish_map_response", "wish_map_segment_block", "wish_map_id"),
          WishMapId::value,
          WishMapId::new,
          ResponseFormat.WISH_MAP);
    }
  }

  private static final class SqlMeasurementResponses
      extends SqlResponses<MeasurementId, MeasurementResponse> implements MeasurementResponseStore {
    SqlMeasurementResponses(SqlTransactions store) {
      super(
          store,
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
