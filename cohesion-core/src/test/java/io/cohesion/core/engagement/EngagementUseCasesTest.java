package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EngagementUseCasesTest {
  static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  static final LocalDate TODAY = LocalDate.of(2020, 2, 10);
  static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  final PortFakes.Buildings buildings = new PortFakes.Buildings();

  Building building(String id) {
    Building b =
        new Building(new BuildingId(id), WG, "Block " + id, 24, StakeholderKind.OWNER_ASSOCIATION);
    buildings.create(b);
    return b;
  }

  @Nested
  class Recording {
    final PortFakes.Ambassadors ambassadors = new PortFakes.Ambassadors();
    final RecordEngagement record =
        RecordEngagement.using(
            new PortFakes.Meetings(), ambassadors, new PortFakes.Signals(), buildings);

    @Test
    void coverageCountsActiveAmbassadorsOverEveryBuildingOfTheNeighbourhood() {
      // More buildings than fit on one page, so the use case must read every page.
      IntStream.range(0, 600)
          .forEach(i -> building(String.format(java.util.Locale.ROOT, "b%03d", i)));
      record.appointAmbassador(
          new Ambassador(new AmbassadorId("x"), new BuildingId("b000"), "X", true));
      Versioned<Ambassador> y =
          record.appointAmbassador(
              new Ambassador(new AmbassadorId("y"), new BuildingId("b599"), "Y", true));
      record.setActive(y.value().id(), false, y.version());

      Coverage coverage = record.coverage(WG);

      assertThat(coverage.buildings()).isEqualTo(600);
      assertThat(coverage.covered()).containsExactly(new BuildingId("b000"));
    }

    @Test
    void anAmbassadorNeedsARegisteredBuilding() {
      assertThatThrownBy(
              () ->
                  record.appointAmbassador(
                      new Ambassador(new AmbassadorId("x"), new BuildingId("nowhere"), "X", true)))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSignalComesFromTheAmbassadorOfItsBuilding() {
      building("a");
      building("b");
      record.appointAmbassador(
          new Ambassador(new AmbassadorId("x"), new BuildingId("a"), "X", true));
      Signal fromB =
          new Signal(
              new SignalId("s1"),
              new BuildingId("b"),
              new AmbassadorId("x"),
              TODAY,
              "Too expensive",
              "costs");

      assertThatThrownBy(() -> record.recordSignal(fromB))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("looks after a, not b");
      Signal fromA =
          new Signal(
              new SignalId("s2"),
              new BuildingId("a"),
              new AmbassadorId("x"),
              TODAY,
              "Too expensive",
              "costs");
      record.recordSignal(fromA);
      assertThat(record.signals(new BuildingId("a"), PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void followsMeetingAttendanceAndCorrectsIt() {
      Versioned<Meeting> first =
          record.recordMeeting(MeetingTest.meeting("m1", LocalDate.of(2019, 3, 1), 60));
      record.recordMeeting(MeetingTest.meeting("m2", LocalDate.of(2019, 6, 1), 85));
      record.correctMeeting(
          MeetingTest.meeting("m1", LocalDate.of(2019, 3, 1), 65), first.version());

      assertThat(record.attendanceTrend(WG).change()).hasValue(20);
      assertThatThrownBy(
              () ->
                  record.correctMeeting(
                      MeetingTest.meeting("m1", LocalDate.of(2019, 3, 1), 70), first.version()))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Nested
  class Topics {
    final ParkTopics topics = ParkTopics.using(new PortFakes.Topics(), CLOCK);

    @Test
    void listsTheParkedTopicsThatAreDueToday() {
      Versioned<ParkedTopic> byDate =
          topics.raise(new ParkedTopicId("price"), WG, "What will it cost me?");
      Versioned<ParkedTopic> byPhase =
          topics.raise(new ParkedTopicId("meter"), WG, "What will my meter cupboard look like?");
      Versioned<ParkedTopic> later =
          topics.raise(new ParkedTopicId("later"), WG, "Who maintains the pipes?");
      topics.park(
          byDate.value().id(),
          new ParkedUntil.UntilDate(TODAY),
          "On 10 February.",
          byDate.version());
      topics.park(
          byPhase.value().id(),
          new ParkedUntil.UntilPhase(Phase.INFORMED),
          "Once we inform.",
          byPhase.version());
      topics.park(
          later.value().id(),
          new ParkedUntil.UntilDate(TODAY.plusDays(1)),
          "Tomorrow.",
          later.version());

      assertThat(topics.due(WG, Phase.INFORMED))
          .extracting(t -> t.id().value())
          .containsExactlyInAnyOrder("price", "meter");
      assertThat(topics.due(WG, Phase.CURIOUS))
          .extracting(t -> t.id().value())
          .containsExactly("price");
    }

    @Test
    void countsResidentsRaisingTheSameQuestion() {
      Versioned<ParkedTopic> v1 =
          topics.raise(new ParkedTopicId("price"), WG, "What will it cost me?");
      Versioned<ParkedTopic> v2 = topics.raisedAgain(v1.value().id(), v1.version());

      assertThat(v2.value().raisedBy()).isEqualTo(2);
      assertThatThrownBy(() -> topics.answer(v1.value().id(), "Less.", v1.version()))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Nested
  class Informing {
    final PortFakes.Results results = new PortFakes.Results();
    final InformResidents inform =
        InformResidents.using(
            new PortFakes.Statements(),
            results,
            buildings,
            BenefitCalculator.simplePayback(),
            CLOCK);

    @Test
    void statesABenefitDatedTodayWithTheCalculatorsName() {
      building("a");
      BenefitStatement statement =
          inform
              .stateBenefit(
                  new BenefitStatementId("st1"),
                  new BenefitSubject.Household(new BuildingId("a"), new Pseudonym("hh-12")),
                  BenefitInput.of("4500", "150", "110"))
              .value();

      assertThat(statement.issued()).isEqualTo(TODAY);
      assertThat(statement.calculator()).isEqualTo("simple-payback");
      assertThat(statement.figures().payback()).isPresent();
      assertThat(inform.statements(new BuildingId("a"), PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void aStatementNeedsARegisteredBuilding() {
      assertThatThrownBy(
              () ->
                  inform.stateBenefit(
                      new BenefitStatementId("st1"),
                      new BenefitSubject.WholeBuilding(new BuildingId("nowhere")),
                      BenefitInput.of("1", "2", "1")))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nudgesUntilAResultIsShown() {
      assertThat(inform.nudge(WG)).isPresent();

      inform.showResult(
          new Result(new ResultId("r1"), WG, TODAY.minusDays(3), "40 households joined"));

      assertThat(inform.nudge(WG)).isEmpty();
      assertThat(inform.results(WG, PageRequest.first()).items()).hasSize(1);
    }
  }
}
