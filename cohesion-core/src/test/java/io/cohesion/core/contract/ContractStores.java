package io.cohesion.core.contract;

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

/**
 * One fresh, empty store as the contract suites see it: every port over the same data. An adapter's
 * test returns a new one from its factory method and the suite closes it after each test.
 */
public interface ContractStores extends AutoCloseable {
  WishMapRepository wishMaps();

  WishMapResponseStore wishMapResponses();

  ScaleRepository scales();

  MeasurementRepository measurements();

  MeasurementResponseStore measurementResponses();

  InvitationRepository invitations();

  NeighbourhoodRepository neighbourhoods();

  BuildingRepository buildings();

  InitiativeRepository initiatives();

  ActivityRepository activities();

  ActivitySessionRepository activitySessions();

  MeetingRepository meetings();

  AmbassadorRepository ambassadors();

  SignalRepository signals();

  ParkedTopicRepository parkedTopics();

  BenefitStatementRepository benefitStatements();

  ResultRepository results();

  WaveStatusRepository waveStatuses();

  @Override
  void close();
}
