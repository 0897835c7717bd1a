package io.cohesion.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.testing.InMemoryStore;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManageInitiativeTest {
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  private static final InitiativeId ID = new InitiativeId("ketelhuis-wg");

  static final class Initiatives extends InMemoryStore<InitiativeId, Initiative>
      implements InitiativeRepository {
    Initiatives() {
      super("initiative", Initiative::id);
    }
  }

  static final class Neighbourhoods extends InMemoryStore<NeighbourhoodId, Neighbourhood>
      implements NeighbourhoodRepository {
    Neighbourhoods() {
      super("neighbourhood", Neighbourhood::id);
    }
  }

  private final Neighbourhoods neighbourhoods = new Neighbourhoods();
  private final ManageInitiative manage =
      ManageInitiative.using(
          new Initiatives(),
          neighbourhoods,
          new PortFakes.Consultations(),
          Clock.fixed(Instant.parse("2022-10-13T10:00:00Z"), ZoneOffset.UTC));

  private Versioned<Initiative> started() {
    neighbourhoods.create(Neighbourhood.of(WG, "WG-terrein", "Amsterdam"));
    return manage.start(Initiative.start(ID, "KetelhuisWG", WG));
  }

  @Test
  void cannotStartInAnUnregisteredNeighbourhood() {
    assertThatThrownBy(() -> manage.start(Initiative.start(ID, "KetelhuisWG", WG)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("wg-terrein");
  }

  @Test
  void storesATeamItAdvisesAgainstAndGivesTheAdvice() {
    Versioned<Initiative> v1 = started();

    Versioned<Initiative> v2 =
        manage.changeTeam(ID, Team.of(TeamMember.of("Anna", TeamRole.TECHNICAL)), v1.version());

    assertThat(v2.version()).isEqualTo(2);
    assertThat(manage.teamAdvice(ID))
        .extracting(TeamAdvice::kind)
        .contains(TeamAdvice.Kind.TOO_SMALL, TeamAdvice.Kind.TALKING_CLUB_RISK);
  }

  @Test
  void aStaleTeamChangeIsAConflict() {
    Versioned<Initiative> v1 = started();
    manage.changeTeam(ID, Team.empty(), v1.version());

    assertThatThrownBy(() -> manage.changePrinciples(ID, List.of(), v1.version()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void consultsUnderTheInitiativesOwnPrinciples() {
    Versioned<Initiative> v1 = started();
    Principle local = Principle.defaults().get(3);
    manage.changePrinciples(ID, List.of(local), v1.version());
    MarketOption onlyLocal =
        new MarketOption(
            "a", "A", "offer", List.of(new PrincipleAssessment("local", Verdict.MEETS, "local")));

    ConsultationOutcome outcome =
        manage.consult(ID, new MarketConsultation(List.of(onlyLocal), 1, List.of()));

    assertThat(outcome.picked()).containsExactly(onlyLocal);
  }

  @Test
  void rejectsAnAssessmentOfAPrincipleTheInitiativeDoesNotHave() {
    started();
    MarketOption typo =
        new MarketOption(
            "a", "A", "offer", List.of(new PrincipleAssessment("lokal", Verdict.MEETS, "yes")));

    assertThatThrownBy(
            () -> manage.consult(ID, new MarketConsultation(List.of(typo), 1, List.of())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("options[0].assessments[0].principle")
        .hasMessageContaining("'lokal'");
  }

  @Test
  void holdsAConsultationAndKeepsItUnderThePrinciplesOfThatDay() {
    Versioned<Initiative> v1 = started();
    Principle local = Principle.defaults().get(3);
    Versioned<Initiative> v2 = manage.changePrinciples(ID, List.of(local), v1.version());
    MarketOption onlyLocal =
        new MarketOption(
            "a", "A", "offer", List.of(new PrincipleAssessment("local", Verdict.MEETS, "local")));
    MarketConsultation consultation =
        new MarketConsultation(
            List.of(onlyLocal),
            1,
            List.of(new PreferenceVote(new Pseudonym("kh-1"), List.of("a"))));

    Versioned<Consultation> first = manage.holdConsultation(ID, Optional.empty(), consultation);
    Versioned<Consultation> second = manage.holdConsultation(ID, Optional.empty(), consultation);
    manage.changePrinciples(ID, Principle.defaults(), v2.version());

    assertThat(first.value().id()).isEqualTo(new ConsultationId("ketelhuis-wg-mc-1"));
    assertThat(second.value().id()).isEqualTo(new ConsultationId("ketelhuis-wg-mc-2"));
    Consultation kept = manage.consultation(first.value().id()).value();
    assertThat(kept.held()).isEqualTo(LocalDate.of(2022, 10, 13));
    assertThat(kept.principles()).containsExactly(local);
    assertThat(kept.outcome().picked()).containsExactly(onlyLocal);
    assertThat(manage.consultations(ID, PageRequest.first()).items()).hasSize(2);
    assertThatThrownBy(
            () ->
                manage.holdConsultation(
                    ID, Optional.of(new ConsultationId("ketelhuis-wg-mc-1")), consultation))
        .isInstanceOf(ConflictException.class);
  }
}
