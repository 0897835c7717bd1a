package io.cohesion.core.application;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

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
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import org.apiguardian.api.API;

/**
 * Every output port of core, over the same data: what a store adapter implements so that {@link
 * Cohesion} can build the use cases. The persistence module's {@code Stores} is one (in memory,
 * SQLite, PostgreSQL); an application with a store of its own implements this interface, and a port
 * it leaves out is a compile error rather than a route that fails at run time.
 */
@API(status = STABLE, since = "0.1.0")
public interface CohesionPorts {
  /** The codings of wish maps' wishes and the keywords declared for their values. */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  WishCodeRepository wishCodes();

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

  /** The invitation codes, as keyed hashes. */
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

  /** Each household's phase and the history of its moves, keyed by its pseudonym. */
  HouseholdPhaseRepository householdPhases();

  /** The market consultations initiatives held. */
  ConsultationRepository consultations();

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
}
