package io.cohesion.persistence;

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
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.persistence.postgres.PostgresStores;
import io.cohesion.persistence.sqlite.SqliteStores;

/**
 * Every repository port of one store, over the same data. Open one with {@link #open(StoreConfig)}
 * and close it when the application stops.
 */
public interface Stores extends AutoCloseable {
  /** The wish map definitions. */
  WishMapRepository wishMaps();

  /** The responses to wish maps. */
  WishMapResponseStore wishMapResponses();

  /** The scale definitions. */
  ScaleRepository scales();

  /** The measurements (waves of a scale). */
  MeasurementRepository measurements();

  /** The responses to measurements. */
  MeasurementResponseStore measurementResponses();

  /** The invitation codes, as hashes. */
  InvitationRepository invitations();

  /** The neighbourhoods. */
  NeighbourhoodRepository neighbourhoods();

  /** The buildings, each in a stored neighbourhood. */
  BuildingRepository buildings();

  /** The initiatives, each working in stored neighbourhoods. */
  InitiativeRepository initiatives();

  /** The activities, each in a stored neighbourhood. */
  ActivityRepository activities();

  /** The sessions of stored activities. */
  ActivitySessionRepository activitySessions();

  /** The neighbourhood meetings. */
  MeetingRepository meetings();

  /** The ambassadors, each looking after a stored building. */
  AmbassadorRepository ambassadors();

  /** The signals ambassadors recorded in their buildings. */
  SignalRepository signals();

  /** The residents' questions, answered or parked. */
  ParkedTopicRepository parkedTopics();

  /** The benefit statements (cost calculations) for buildings and households. */
  BenefitStatementRepository benefitStatements();

  /** The results shown to residents. */
  ResultRepository results();

  /**
   * Whether each wish map and measurement is open or closed, and the release states its closes cut.
   */
  WaveStatusRepository waveStatuses();

  /** Releases connections and files; the data stays. */
  @Override
  void close();

  /** Opens the store {@code config} names, creating and migrating its schema on first use. */
  static Stores open(StoreConfig config) {
    if (config instanceof StoreConfig.Sqlite sqlite) {
      return SqliteStores.open(sqlite.dataDir());
    }
    if (config instanceof StoreConfig.Postgres postgres) {
      return PostgresStores.open(postgres);
    }
    return new InMemoryStores();
  }

  /** A new, empty store in memory: for tests and quick embedding; gone when closed. */
  static Stores inMemory() {
    return new InMemoryStores();
  }
}
