package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The use case keeps the months it cut for bound readers and cuts only the months that ended since;
 * what it releases must be what a use case that never read the funnel before releases.
 */
class FunnelCutCacheTest {
  private static final NeighbourhoodId PLACE = new NeighbourhoodId("place");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final PortFakes.Buildings buildings = new PortFakes.Buildings();
  private final PortFakes.HouseholdPhases households = new PortFakes.HouseholdPhases();
  private final MovableClock clock = new MovableClock();

  private FollowPhases fresh(DisclosurePolicy policy) {
    return FollowPhases.using(households, buildings, policy, clock);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void aHistoryReadMonthByMonthReleasesWhatAFreshReadReleases(long seed) {
    generate(new SplittableRandom(seed), 4 + (int) (seed % 4), 40 + (int) (seed * 7 % 60));
    DisclosurePolicy policy = new DisclosurePolicy(3);
    FollowPhases following = fresh(policy);
    for (int month = 1; month <= 8; month++) {
      clock.today = START.plusMonths(month).plusDays(4);
      for (Audience audience : List.of(policy.bound(), policy.bound(OptionalInt.of(6)))) {
        List<FunnelSnapshot> expected = fresh(policy).funnelHistory(PLACE, audience);
        assertThat(following.funnelHistory(PLACE, audience)).isEqualTo(expected);
        assertThat(following.funnel(PLACE, Optional.empty(), audience))
            .isEqualTo(expected.get(expected.size() - 1));
      }
    }
  }

  @Test
  void aPastMonthChangedInTheStoreIsCutAgain() {
    buildings.create(building("tower"));
    buildings.create(building("houses"));
    for (int h = 0; h < 3; h++) {
      households.create(curious("t-" + h, "tower", START.plusDays(h)));
      households.create(curious("h-" + h, "houses", START.plusDays(h)));
    }
    clock.today = START.plusMonths(1).plusDays(2);
    DisclosurePolicy policy = new DisclosurePolicy(3);
    FollowPhases following = fresh(policy);
    FunnelSnapshot before = following.funnel(PLACE, Optional.empty(), policy.bound());
    assertThat(before.buildings().get(0).count(Phase.CURIOUS).households()).hasValue(3);

    // One household of the houses is erased: January now counts two there, which a reader may
    // not see, although the month was cut before.
    households.delete(new Pseudonym("h-2"), 1);

    FunnelSnapshot after = following.funnel(PLACE, Optional.empty(), policy.bound());
    assertThat(after).isEqualTo(fresh(policy).funnel(PLACE, Optional.empty(), policy.bound()));
    assertThat(after.buildings().get(0).count(Phase.CURIOUS).households()).isEmpty();
  }

  private static Building building(String id) {
    return new Building(new BuildingId(id), PLACE, id, 50, StakeholderKind.TENANTS);
  }

  private static HouseholdPhase curious(String household, String building, LocalDate date) {
    return HouseholdPhase.start(
        new Pseudonym(household),
        new BuildingId(building),
        Phase.CURIOUS,
        date,
        date,
        MoveReason.MEETING_ATTENDED,
        Optional.empty());
  }

  /**
   * Households that each start in a random month and move forward a phase at a time, one move in
   * ten recorded up to seven weeks late.
   */
  private void generate(SplittableRandom random, int buildingCount, int householdCount) {
    for (int b = 0; b < buildingCount; b++) {
      buildings.create(building("b-" + b));
    }
    LocalDate last = START.plusMonths(9);
    for (int h = 0; h < householdCount; h++) {
      BuildingId building = new BuildingId("b-" + random.nextInt(buildingCount));
      LocalDate date = START.plusDays(random.nextInt(240));
      LocalDate recorded = date.plusDays(random.nextInt(10) == 0 ? random.nextInt(50) : 0);
      HouseholdPhase household =
          HouseholdPhase.start(
              new Pseudonym(String.format("hh-%03d", h)),
              building,
              Phase.CURIOUS,
              date,
              recorded,
              MoveReason.MEETING_ATTENDED,
              Optional.empty());
      while (household.phase() != Phase.PARTICIPATING && random.nextInt(3) != 0) {
        date = recorded.plusDays(1 + random.nextInt(45));
        recorded = date.plusDays(random.nextInt(10) == 0 ? random.nextInt(50) : 0);
        if (recorded.isAfter(last)) {
          break;
        }
        household =
            household.with(
                new PhaseMove(
                    Optional.of(household.phase()),
                    Phase.values()[household.phase().ordinal() + 1],
                    date,
                    recorded,
                    MoveReason.SIGN_UP,
                    Optional.empty()));
      }
      households.create(household);
    }
  }

  /** A clock the test moves forward a month at a time. */
  private static final class MovableClock extends Clock {
    LocalDate today = START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return today.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
  }
}
