package io.cohesion.persistence;

import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.contract.ContractStores;
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
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Stores} as the contract suites see them, with an action to run after closing. */
final class ContractAdapter implements ContractStores {
  private final Stores stores;
  private final Runnable afterClose;
  private final Optional<Supplier<Stores>> opener;

  private ContractAdapter(Stores stores, Runnable afterClose, Optional<Supplier<Stores>> opener) {
    this.stores = stores;
    this.afterClose = afterClose;
    this.opener = opener;
  }

  static ContractStores of(Stores stores) {
    return new ContractAdapter(stores, () -> {}, Optional.empty());
  }

  static ContractStores of(Stores stores, Runnable afterClose) {
    return new ContractAdapter(stores, afterClose, Optional.empty());
  }

  /**
   * A store that {@code opener} opens, and opens again over the same data on {@link #reopen()};
   * {@code afterClose} runs only when the last one is closed.
   */
  static ContractStores reopenable(Supplier<Stores> opener, Runnable afterClose) {
    return new ContractAdapter(opener.get(), afterClose, Optional.of(opener));
  }

  @Override
  public ContractStores reopen() {
    if (opener.isEmpty()) {
      return this;
    }
    stores.close();
    return new ContractAdapter(opener.get().get(), afterClose, opener);
  }

  @Override
  public HouseholdPhaseRepository householdPhases() {
    return stores.householdPhases();
  }

  @Override
  public ConsultationRepository consultations() {
    return stores.consultations();
  }

  @Override
  public WishMapRepository wishMaps() {
    return stores.wishMaps();
  }

  @Override
  public WishMapResponseStore wishMapResponses() {
    return stores.wishMapResponses();
  }

  @Override
  public ScaleRepository scales() {
    return stores.scales();
  }

  @Override
  public MeasurementRepository measurements() {
    return stores.measurements();
  }

  @Override
  public MeasurementResponseStore measurementResponses() {
    return stores.measurementResponses();
  }

  @Override
  public InvitationRepository invitations() {
    return stores.invitations();
  }

  @Override
  public NeighbourhoodRepository neighbourhoods() {
    return stores.neighbourhoods();
  }

  @Override
  public BuildingRepository buildings() {
    return stores.buildings();
  }

  @Override
  public InitiativeRepository initiatives() {
    return stores.initiatives();
  }

  @Override
  public ActivityRepository activities() {
    return stores.activities();
  }

  @Override
  public ActivitySessionRepository activitySessions() {
    return stores.activitySessions();
  }

  @Override
  public MeetingRepository meetings() {
    return stores.meetings();
  }

  @Override
  public AmbassadorRepository ambassadors() {
    return stores.ambassadors();
  }

  @Override
  public SignalRepository signals() {
    return stores.signals();
  }

  @Override
  public ParkedTopicRepository parkedTopics() {
    return stores.parkedTopics();
  }

  @Override
  public BenefitStatementRepository benefitStatements() {
    return stores.benefitStatements();
  }

  @Override
  public ResultRepository results() {
    return stores.results();
  }

  @Override
  public WaveStatusRepository waveStatuses() {
    return stores.waveStatuses();
  }

  @Override
  public WishCodeRepository wishCodes() {
    return stores.wishCodes();
  }

  @Override
  public void close() {
    try {
      stores.close();
    } finally {
      afterClose.run();
    }
  }
}
