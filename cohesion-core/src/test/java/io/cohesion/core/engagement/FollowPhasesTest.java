package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FollowPhasesTest {
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  private static final BuildingId TOWER = new BuildingId("tower");
  private static final BuildingId HOUSES = new BuildingId("houses");
  private static final DisclosurePolicy POLICY = new DisclosurePolicy(3);

  private final PortFakes.Buildings buildings = new PortFakes.Buildings();
  private final PortFakes.HouseholdPhases households = new PortFakes.HouseholdPhases();
  private LocalDate today = LocalDate.of(2024, 3, 10);

  FollowPhasesTest() {
    buildings.create(new Building(TOWER, WG, "Tower", 96, StakeholderKind.TENANTS));
    buildings.create(new Building(HOUSES, WG, "Houses", 12, StakeholderKind.OWNER_OCCUPIERS));
  }

  private FollowPhases phases() {
    return FollowPhases.using(
        households,
        buildings,
        POLICY,
        Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private Versioned<HouseholdPhase> move(
      String household, BuildingId building, Phase to, LocalDate date, MoveReason reason) {
    return phases()
        .move(
            new FollowPhases.Move(
                new Pseudonym(household),
                building,
                to,
                date,
                reason,
                Optional.empty(),
                OptionalLong.empty()));
  }

  private static int count(FunnelCell cell, Phase phase) {
    return cell.count(phase).households().orElseThrow();
  }

  @Test
  void aHouseholdMovesForwardAndKeepsItsHistory() {
    move("hh-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 3, 1), MoveReason.MEETING_ATTENDED);
    move("hh-1", TOWER, Phase.INFORMED, LocalDate.of(2024, 3, 5), MoveReason.QUESTION_ANSWERED);
    Versioned<HouseholdPhase> joined =
        move("hh-1", TOWER, Phase.PARTICIPATING, LocalDate.of(2024, 3, 9), MoveReason.SIGN_UP);

    HouseholdPhase household = phases().household(new Pseudonym("hh-1")).value();
    assertThat(joined.version()).isEqualTo(3);
    assertThat(household.phase()).isEqualTo(Phase.PARTICIPATING);
    assertThat(household.moves())
        .extracting(PhaseMove::from, PhaseMove::to, PhaseMove::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.empty(), Phase.CURIOUS, MoveReason.MEETING_ATTENDED),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(Phase.CURIOUS), Phase.INFORMED, MoveReason.QUESTION_ANSWERED),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(Phase.INFORMED), Phase.PARTICIPATING, MoveReason.SIGN_UP));
    assertThat(household.moves()).allMatch(m -> m.recorded().equals(today));
  }

  @Test
  void aSecondMeetingInTheSamePhaseChangesNothing() {
    Versioned<HouseholdPhase> first =
        move("hh-1", TOWER, Phase.INFORMED, LocalDate.of(2024, 3, 1), MoveReason.MEETING_ATTENDED);

    Versioned<HouseholdPhase> again =
        move("hh-1", TOWER, Phase.INFORMED, LocalDate.of(2024, 3, 8), MoveReason.MEETING_ATTENDED);

    assertThat(again).isEqualTo(first);
  }

  @Test
  void aHouseholdNeverMovesBackSilentlyOnlyACoordinatorMovesItBack() {
    move("hh-1", TOWER, Phase.INVOLVED, LocalDate.of(2024, 3, 1), MoveReason.SIGN_UP);

    assertThatThrownBy(
            () ->
                move(
                    "hh-1",
                    TOWER,
                    Phase.CURIOUS,
                    LocalDate.of(2024, 3, 2),
                    MoveReason.MEETING_ATTENDED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("only a coordinator moves a household back");
    Versioned<HouseholdPhase> corrected =
        move("hh-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 3, 2), MoveReason.COORDINATOR);

    assertThat(corrected.value().phase()).isEqualTo(Phase.CURIOUS);
    assertThat(corrected.value().moves().get(1).backwards()).isTrue();
  }

  @Test
  void refusesFutureDatesMovesBeforeTheLastOneAnotherBuildingAndAnUnknownBuilding() {
    move("hh-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 3, 5), MoveReason.MEETING_ATTENDED);

    assertThatThrownBy(
            () -> move("hh-2", TOWER, Phase.CURIOUS, today.plusDays(1), MoveReason.SIGN_UP))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("after today");
    assertThatThrownBy(
            () -> move("hh-1", TOWER, Phase.INFORMED, LocalDate.of(2024, 3, 4), MoveReason.SIGN_UP))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("last move");
    assertThatThrownBy(
            () ->
                move("hh-1", HOUSES, Phase.INFORMED, LocalDate.of(2024, 3, 6), MoveReason.SIGN_UP))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lives in tower");
    assertThatThrownBy(
            () ->
                move(
                    "hh-3",
                    new BuildingId("nowhere"),
                    Phase.CURIOUS,
                    LocalDate.of(2024, 3, 6),
                    MoveReason.SIGN_UP))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> phases().household(new Pseudonym("hh-9")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCoordinatorSeesTheLiveFunnelPerNeighbourhoodAndBuildingAtAnyDate() {
    move("t-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 3, 1), MoveReason.MEETING_ATTENDED);
    move("t-1", TOWER, Phase.INVOLVED, LocalDate.of(2024, 3, 6), MoveReason.SIGN_UP);
    move("t-2", TOWER, Phase.INFORMED, LocalDate.of(2024, 3, 2), MoveReason.MEETING_ATTENDED);
    move("h-1", HOUSES, Phase.CURIOUS, LocalDate.of(2024, 3, 3), MoveReason.MEETING_ATTENDED);

    FunnelSnapshot now = phases().funnel(WG, Optional.of(today), Audience.rawData(1));
    FunnelSnapshot before =
        phases().funnel(WG, Optional.of(LocalDate.of(2024, 3, 2)), Audience.rawData(1));

    assertThat(now.neighbourhood().funnel()).contains(new Funnel(3, 2, 1, 0));
    assertThat(now.buildings()).extracting(FunnelCell::key).containsExactly("houses", "tower");
    assertThat(now.buildings().get(1).funnel()).contains(new Funnel(2, 2, 1, 0));
    assertThat(before.neighbourhood().funnel()).contains(new Funnel(2, 1, 0, 0));
  }

  @Test
  void boundReadersSeeOnlyTheEndsOfMonthsThatAreOver() {
    today = LocalDate.of(2024, 1, 12);
    move("t-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 10), MoveReason.MEETING_ATTENDED);
    today = LocalDate.of(2024, 3, 10);

    assertThat(phases().releasedDates(WG))
        .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> phases().funnel(WG, Optional.of(today), POLICY.bound()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("end of each month that is over");
  }

  /**
   * Ten tower households curious in January; in February one of them becomes informed. Released
   * both months, the informed count of one (or the difference between the curious counts) would
   * single that household out: its cell is suppressed in both the neighbourhood and the building.
   */
  @Test
  void aMoveOfOneHouseholdIsNotReleasedOnItsOwn() {
    today = LocalDate.of(2024, 1, 20);
    for (int h = 0; h < 10; h++) {
      move("t-" + h, TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 5), MoveReason.MEETING_ATTENDED);
    }
    today = LocalDate.of(2024, 2, 20);
    move("t-0", TOWER, Phase.INFORMED, LocalDate.of(2024, 2, 10), MoveReason.QUESTION_ANSWERED);
    today = LocalDate.of(2024, 3, 10);

    List<FunnelSnapshot> history = phases().funnelHistory(WG, POLICY.bound());

    assertThat(history)
        .extracting(FunnelSnapshot::date)
        .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
    FunnelSnapshot february = history.get(1);
    assertThat(count(february.neighbourhood(), Phase.CURIOUS)).isEqualTo(10);
    assertThat(february.neighbourhood().count(Phase.INFORMED).suppressed()).isTrue();
    assertThat(february.buildings().get(1).count(Phase.INFORMED).suppressed()).isTrue();
    assertThat(count(february.buildings().get(1), Phase.CURIOUS)).isEqualTo(10);
    // The houses have no household: a count of zero singles out no one.
    assertThat(february.buildings().get(0).count(Phase.CURIOUS).households())
        .isEqualTo(OptionalInt.of(0));
  }

  /**
   * A move recorded late, dated in a month already released, does not change that month for bound
   * readers: they count moves from the month they were recorded in.
   */
  @Test
  void aMoveRecordedThisMonthIsNotReleasedYet() {
    move("t-1", TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 10), MoveReason.MEETING_ATTENDED);

    assertThat(phases().releasedDates(WG)).isEmpty();
    FunnelSnapshot released = phases().funnel(WG, Optional.empty(), POLICY.bound());
    assertThat(released.date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(released.neighbourhood().funnel()).contains(new Funnel(0, 0, 0, 0));
    assertThat(phases().funnel(WG, Optional.empty(), Audience.rawData(1)).date()).isEqualTo(today);
    assertThat(phases().funnelHistory(WG, POLICY.bound())).isEmpty();
  }

  @Test
  void aMonthOnceReleasedDoesNotChangeWhenAMoveIsRecordedLate() {
    today = LocalDate.of(2024, 1, 20);
    for (int h = 0; h < 8; h++) {
      move("t-" + h, TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 5), MoveReason.MEETING_ATTENDED);
    }
    today = LocalDate.of(2024, 2, 5);
    FunnelSnapshot january =
        phases().funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), POLICY.bound());
    move("t-8", TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 25), MoveReason.MEETING_ATTENDED);

    assertThat(phases().funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), POLICY.bound()))
        .isEqualTo(january);
    assertThat(count(january.neighbourhood(), Phase.CURIOUS)).isEqualTo(8);
    assertThat(
            count(
                phases()
                    .funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), Audience.rawData(1))
                    .neighbourhood(),
                Phase.CURIOUS))
        .isEqualTo(9);
  }

  @Test
  void aLargerKOnlyHidesMore() {
    today = LocalDate.of(2024, 1, 20);
    for (int h = 0; h < 4; h++) {
      move("h-" + h, HOUSES, Phase.INFORMED, LocalDate.of(2024, 1, 5), MoveReason.SIGN_UP);
    }
    today = LocalDate.of(2024, 2, 5);

    FunnelSnapshot atFloor =
        phases().funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), POLICY.bound());
    FunnelSnapshot atFive =
        phases()
            .funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), POLICY.bound(OptionalInt.of(5)));

    assertThat(count(atFloor.neighbourhood(), Phase.INFORMED)).isEqualTo(4);
    assertThat(atFive.neighbourhood().count(Phase.INFORMED).suppressed()).isTrue();
    assertThat(atFive.neighbourhood().count(Phase.INVOLVED).households())
        .isEqualTo(OptionalInt.of(0));
  }

  /**
   * Ten tower households and one house household, all curious: the house's count of one is hidden,
   * and so is the tower's or the neighbourhood's, since their difference is that one household.
   */
  @Test
  void aBuildingIsNotGivenAwayByTheNeighbourhoodMinusTheOthers() {
    today = LocalDate.of(2024, 1, 20);
    for (int h = 0; h < 10; h++) {
      move("t-" + h, TOWER, Phase.CURIOUS, LocalDate.of(2024, 1, 5), MoveReason.MEETING_ATTENDED);
    }
    move("h-0", HOUSES, Phase.CURIOUS, LocalDate.of(2024, 1, 5), MoveReason.MEETING_ATTENDED);
    today = LocalDate.of(2024, 2, 5);

    FunnelSnapshot january =
        phases().funnel(WG, Optional.of(LocalDate.of(2024, 1, 31)), POLICY.bound());

    PhaseCount whole = january.neighbourhood().count(Phase.CURIOUS);
    PhaseCount house = january.buildings().get(0).count(Phase.CURIOUS);
    PhaseCount tower = january.buildings().get(1).count(Phase.CURIOUS);
    assertThat(house.suppressed()).isTrue();
    assertThat(whole.suppressed() || tower.suppressed()).isTrue();
    assertThat(whole.suppressed() && tower.suppressed()).isFalse();
  }
}
