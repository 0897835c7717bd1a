package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.PageRequest;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Funnel;
import io.cohesion.core.engagement.FunnelCell;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.SignalTally;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.privacy.Audience;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KetelhuisTest {
  private final KetelhuisData data = Ketelhuis.generate(Ketelhuis.DEFAULT_SEED);

  @Test
  void theSameSeedGivesTheSameData() {
    assertThat(Ketelhuis.generate(Ketelhuis.DEFAULT_SEED)).isEqualTo(data);
    assertThat(Ketelhuis.generate(Ketelhuis.DEFAULT_SEED + 1).consultation().votes())
        .isNotEqualTo(data.consultation().votes());
  }

  @Test
  void theScenarioStoresTheInitiativeWithItsTeamOnceAndReportsWhatTheStoreGivesBack() {
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      Scenario scenario = new KetelhuisScenario();
      RunSettings settings = new RunSettings(Ketelhuis.DEFAULT_SEED, 0, 5);

      Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
      scenario.run(cohesion, settings);
      scenario.run(cohesion, settings);

      Initiative stored = stores.initiatives().find(data.initiative().id()).orElseThrow().value();
      assertThat(stored).isEqualTo(data.initiative());
      assertThat(stored.team().size()).isEqualTo(6);
      assertThat(stores.initiatives().list(PageRequest.first()).totalItems()).isEqualTo(1);
      assertThat(stores.neighbourhoods().find(data.neighbourhood().id())).isPresent();
    }
  }

  @Test
  void theDataSayTheyAreSynthetic() {
    assertThat(data.neighbourhood().name()).contains(Synthetic.LABEL);
    assertThat(data.consultation().options())
        .allSatisfy(o -> assertThat(o.company()).contains(Synthetic.LABEL));
    assertThat(data.consultation().votes())
        .allSatisfy(v -> assertThat(v.voter().value()).contains(Synthetic.LABEL));
  }

  @Test
  void fourOfTwelveOptionsAreChosenAndAllMeetEveryPrinciple() {
    ConsultationOutcome outcome = KetelhuisScenario.outcome(data);

    assertThat(data.consultation().options()).hasSize(12);
    assertThat(outcome.picked()).hasSize(4);
    assertThat(outcome.picked())
        .allSatisfy(
            o -> assertThat(o.eligibility(data.initiative().principles()).isEligible()).isTrue());
    assertThat(data.initiative().principles())
        .extracting(p -> p.code())
        .containsExactly("affordable", "sustainable", "social", "local", "self-managed");
  }

  @Test
  void thePartnersAreTheEligibleOffersResidentsPreferred() {
    ConsultationOutcome outcome = KetelhuisScenario.outcome(data);
    Set<String> picked =
        outcome.picked().stream().map(MarketOption::id).collect(Collectors.toSet());
    int fewestVotesPicked =
        outcome.ranking().stream()
            .filter(s -> picked.contains(s.option().id()))
            .mapToInt(ConsultationOutcome.Standing::votes)
            .min()
            .orElseThrow();

    assertThat(outcome.ranking())
        .filteredOn(s -> !picked.contains(s.option().id()))
        .allSatisfy(s -> assertThat(s.votes()).isLessThanOrEqualTo(fewestVotesPicked));
    // some options that fail a principle were popular, and are still not picked
    assertThat(outcome.notEligible())
        .anySatisfy(s -> assertThat(s.votes()).isGreaterThan(fewestVotesPicked));
  }

  @Test
  void meetingsGrowFrom65To85ToAbout135() {
    assertThat(data.meetings()).extracting(Meeting::attendance).startsWith(65, 85);
    assertThat(data.meetings().get(2).attendance()).isBetween(125, 145);
    assertThat(AttendanceTrend.of(data.meetings()).isGrowing()).isTrue();
  }

  @Test
  void mostBuildingsHaveAnActiveContactPerson() {
    Coverage coverage = Coverage.of(data.buildings(), data.ambassadors());

    assertThat(coverage.ratio().orElseThrow()).isBetween(0.6, 0.95);
  }

  @Test
  void theMeterCupboardIsParked() {
    assertThat(data.parkedTopics())
        .anySatisfy(
            t -> {
              assertThat(t.question()).containsIgnoringCase("meter cupboard");
              assertThat(t.status()).isEqualTo(TopicStatus.PARKED);
              assertThat(t.message()).isPresent();
            });
  }

  @Test
  void theStoredFunnelNarrowsFromCuriousToParticipatingAndTheUncoveredTowerLags() {
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
      new KetelhuisScenario().run(cohesion, new RunSettings(Ketelhuis.DEFAULT_SEED, 0, 5));

      FunnelSnapshot atReport =
          cohesion
              .phases()
              .funnel(
                  data.neighbourhood().id(), Optional.of(data.reportDate()), Audience.rawData(1));
      Funnel whole = atReport.neighbourhood().funnel().orElseThrow();
      assertThat(whole).isEqualTo(new Funnel(310, 205, 118, 61));
      FunnelCell tower =
          atReport.buildings().stream()
              .filter(c -> c.key().equals("toren"))
              .findFirst()
              .orElseThrow();
      FunnelCell blockA =
          atReport.buildings().stream()
              .filter(c -> c.key().equals("blok-a"))
              .findFirst()
              .orElseThrow();
      // No contact person in the tower: a smaller share of its 96 households was reached.
      assertThat(tower.funnel().orElseThrow().curious() / 96.0)
          .isLessThan(blockA.funnel().orElseThrow().curious() / 64.0);
      Funnel afterFirstMeeting =
          cohesion
              .phases()
              .funnel(
                  data.neighbourhood().id(),
                  Optional.of(data.meetings().get(0).date()),
                  Audience.rawData(1))
              .neighbourhood()
              .funnel()
              .orElseThrow();
      assertThat(afterFirstMeeting).isEqualTo(new Funnel(150, 0, 0, 0));
    }
  }

  @Test
  void theScenarioKeepsTheConsultationTheSignalsAndTheHouseholdsAndSurvivesASecondRun() {
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
      Scenario scenario = new KetelhuisScenario();
      RunSettings settings = new RunSettings(Ketelhuis.DEFAULT_SEED, 0, 5);
      scenario.run(cohesion, settings);
      scenario.run(cohesion, settings);

      assertThat(cohesion.initiatives().consultation(Ketelhuis.CONSULTATION).value().outcome())
          .isEqualTo(KetelhuisScenario.outcome(data));
      SignalTally tally =
          cohesion.engagement().signalTally(data.neighbourhood().id(), Audience.rawData(1));
      assertThat(tally.total()).hasValue(data.signals().size());
      assertThat(tally.themes().get(SignalTheme.COSTS.ordinal()).signals()).hasValue(3);
      assertThat(
              cohesion
                  .engagement()
                  .signal(data.signals().get(0).signal().id())
                  .value()
                  .followUp()
                  .status())
          .isEqualTo(FollowUpStatus.DONE);
      Coverage coverage = cohesion.engagement().coverage(data.neighbourhood().id());
      assertThat(coverage.households()).isEqualTo(487);
      assertThat(coverage.uncoveredHouseholds()).isEqualTo(24 + 1 + 96);
    }
  }
}
