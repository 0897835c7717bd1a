package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.DisclosurePolicy;
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
            new PortFakes.Meetings(),
            ambassadors,
            new PortFakes.Signals(),
            buildings,
            DisclosurePolicy.defaults(),
            CLOCK);

    @Test
    void readsAMeetingBackAndAnUnknownOneIsNotFound() {
      record.recordMeeting(MeetingTest.meeting("m1", LocalDate.of(2019, 3, 1), 60));

      assertThat(record.meeting(new MeetingId("m1")).value().attendance()).isEqualTo(60);
      assertThatThrownBy(() -> record.meeting(new MeetingId("m2")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("meeting m2 does not exist");
    }

    @Test
    void pagesTheMeetingsOfOneNeighbourhood() {
      IntStream.rangeClosed(1, 5)
          .forEach(i -> record.recordMeeting(MeetingTest.meeting("m" + i, TODAY, 10 * i)));
      record.recordMeeting(
          new Meeting(
              new MeetingId("elsewhere"),
              new NeighbourhoodId("nij-beets"),
              MeetingKind.INFORMATION,
              "Information evening",
              TODAY,
              30));

      Page<Versioned<Meeting>> second = record.meetings(WG, new PageRequest(2, 2));

      assertThat(second.totalItems()).isEqualTo(5);
      assertThat(second.items())
          .extracting(v -> v.value().id().value())
          .containsExactly("m3", "m4");
      assertThat(record.meetings(WG, new PageRequest(3, 2)).items()).hasSize(1);
      assertThat(record.meetings(new NeighbourhoodId("nowhere"), PageRequest.first()).items())
          .isEmpty();
    }

    @Test
    void readsAnAmbassadorBackRetiredOrNotAndAnUnknownOneIsNotFound() {
      building("a");
      Versioned<Ambassador> x =
          record.appointAmbassador(
              new Ambassador(new AmbassadorId("x"), new BuildingId("a"), "X", true));
      record.setActive(x.value().id(), false, x.version());

      Versioned<Ambassador> read = record.ambassador(new AmbassadorId("x"));

      assertThat(read.value().active()).isFalse();
      assertThat(read.version()).isEqualTo(2);
      assertThatThrownBy(() -> record.ambassador(new AmbassadorId("y")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("ambassador y does not exist");
    }

    @Test
    void pagesTheAmbassadorsOfOneBuilding() {
      building("a");
      building("b");
      IntStream.rangeClosed(1, 3)
          .forEach(
              i ->
                  record.appointAmbassador(
                      new Ambassador(new AmbassadorId("a" + i), new BuildingId("a"), "A", true)));
      record.appointAmbassador(
          new Ambassador(new AmbassadorId("b1"), new BuildingId("b"), "B", true));

      Page<Versioned<Ambassador>> first =
          record.ambassadors(new BuildingId("a"), new PageRequest(1, 2));

      assertThat(first.totalItems()).isEqualTo(3);
      assertThat(first.items()).extracting(v -> v.value().id().value()).containsExactly("a1", "a2");
      assertThat(record.ambassadors(new BuildingId("a"), new PageRequest(2, 2)).items())
          .extracting(v -> v.value().id().value())
          .containsExactly("a3");
    }

    @Test
    void readsASignalBackAndAnUnknownOneIsNotFound() {
      building("a");
      record.appointAmbassador(
          new Ambassador(new AmbassadorId("x"), new BuildingId("a"), "X", true));
      record.recordSignal(
          Signal.heard(
              new SignalId("s1"),
              new BuildingId("a"),
              new AmbassadorId("x"),
              TODAY,
              "Too expensive",
              SignalTheme.COSTS));

      assertThat(record.signal(new SignalId("s1")).value().theme()).isEqualTo(SignalTheme.COSTS);
      assertThatThrownBy(() -> record.signal(new SignalId("s2")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("signal s2 does not exist");
    }

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
          Signal.heard(
              new SignalId("s1"),
              new BuildingId("b"),
              new AmbassadorId("x"),
              TODAY,
              "Too expensive",
              SignalTheme.COSTS);

      assertThatThrownBy(() -> record.recordSignal(fromB))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("looks after a, not b");
      Signal fromA =
          Signal.heard(
              new SignalId("s2"),
              new BuildingId("a"),
              new AmbassadorId("x"),
              TODAY,
              "Too expensive",
              SignalTheme.COSTS);
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
    void readsATopicBackAndAnUnknownOneIsNotFound() {
      Versioned<ParkedTopic> raised =
          topics.raise(new ParkedTopicId("price"), WG, "What will it cost me?");
      topics.raisedAgain(raised.value().id(), raised.version());

      Versioned<ParkedTopic> read = topics.topic(new ParkedTopicId("price"));

      assertThat(read.value().raisedBy()).isEqualTo(2);
      assertThat(read.version()).isEqualTo(2);
      assertThatThrownBy(() -> topics.topic(new ParkedTopicId("meter")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("parked topic meter does not exist");
    }

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
    void readsAStatementBackAndAnUnknownOneIsNotFound() {
      building("a");
      inform.stateBenefit(
          new BenefitStatementId("st1"),
          new BenefitSubject.WholeBuilding(new BuildingId("a")),
          BenefitInput.of("4500", "150", "110"));

      assertThat(inform.statement(new BenefitStatementId("st1")).value().subject().building())
          .isEqualTo(new BuildingId("a"));
      assertThatThrownBy(() -> inform.statement(new BenefitStatementId("st2")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("benefit statement st2 does not exist");
    }

    @Test
    void readsAResultBackAndAnUnknownOneIsNotFound() {
      inform.showResult(new Result(new ResultId("r1"), WG, TODAY, "40 households joined"));

      assertThat(inform.result(new ResultId("r1")).value().text())
          .isEqualTo("40 households joined");
      assertThatThrownBy(() -> inform.result(new ResultId("r2")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("result r2 does not exist");
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
