package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.PageRequest;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.time.Clock;
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
  void theFunnelNarrowsFromCuriousToParticipating() {
    assertThat(data.funnel().curious()).isGreaterThan(data.funnel().informed());
    assertThat(data.funnel().informed()).isGreaterThan(data.funnel().involved());
    assertThat(data.funnel().involved()).isGreaterThan(data.funnel().participating());
  }
}
