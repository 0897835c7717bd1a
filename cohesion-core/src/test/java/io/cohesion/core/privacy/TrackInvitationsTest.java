package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackInvitationsTest {
  private static final WaveId MAP = WaveId.wishMap("nb");
  private static final int K = 5;
  private static final BuildingId A = new BuildingId("block-a");
  private static final BuildingId B = new BuildingId("block-b");
  private static final BuildingId C = new BuildingId("block-c");
  private static final InvitationBatchId FIRST = new InvitationBatchId("batch-1");
  private static final InvitationBatchId SECOND = new InvitationBatchId("batch-2");
  private static final InvitationBatchId THIRD = new InvitationBatchId("batch-3");

  private final List<InvitationTally> tallies = new ArrayList<>();
  private final InvitationRepository repository =
      new InvitationRepository() {
        @Override
        public void create(List<Invitation> invitations) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Invitation> find(String codeHash) {
          return Optional.empty();
        }

        @Override
        public Page<Invitation> list(PageRequest request) {
          return new Page<>(List.of(), request, 0);
        }

        @Override
        public boolean rekey(String legacyHash, String codeHash) {
          return false;
        }

        @Override
        public List<InvitationTally> tally(WaveId wave) {
          return List.copyOf(tallies);
        }
      };
  private final TrackInvitations tracking =
      new TrackInvitations(
          repository,
          ReleaseWaves.using(
              new PortFakes.WaveStatuses().addWave(MAP),
              Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC),
              K));
  private final Audience coordinator = Audience.rawData(1);
  private final Audience ambassador = new DisclosurePolicy(K).bound();

  private void tally(InvitationBatchId batch, BuildingId building, int issued, int used) {
    tallies.add(new InvitationTally(batch, Optional.empty(), Optional.of(building), issued, used));
  }

  @Test
  void aCoordinatorSeesTheExactCountsOfEveryBatch() {
    tally(FIRST, A, 20, 1);
    tally(SECOND, A, 1, 1);

    List<InvitationTally> batches = tracking.byBatch(MAP, coordinator);

    assertThat(batches).containsExactlyElementsOf(tallies);
    assertThat(batches.get(0).unused()).isEqualTo(19);
    assertThat(batches.get(0).responseRate()).isEqualTo(0.05);
  }

  @Test
  void aBoundAudienceNeverSeesBatches() {
    assertThatThrownBy(() -> tracking.byBatch(MAP, ambassador))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aWaveThatDoesNotExistIsNotFound() {
    assertThatThrownBy(
            () -> tracking.byBuilding(WaveId.wishMap("nowhere"), coordinator, Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theBatchesOfABuildingAreCountedTogether() {
    tally(FIRST, A, 20, 6);
    tally(SECOND, A, 10, 4);

    assertThat(tracking.byBuilding(MAP, ambassador, Optional.empty()))
        .containsExactly(BuildingUse.released(Optional.of(A), 30, 10));
  }

  @Test
  void aBuildingIsReleasedToABoundAudienceOnlyWithKWhoAnsweredAndKWhoDidNot() {
    tally(FIRST, A, 20, 4); // four answered: each would be one of few
    tally(FIRST, B, 20, 16); // four did not
    tally(FIRST, C, 10, 5); // five and five

    assertThat(tracking.byBuilding(MAP, ambassador, Optional.empty()))
        .containsExactly(
            BuildingUse.suppressed(Optional.of(A)),
            BuildingUse.suppressed(Optional.of(B)),
            BuildingUse.released(Optional.of(C), 10, 5));
    assertThat(tracking.byBuilding(MAP, coordinator, Optional.empty()))
        .containsExactly(
            BuildingUse.released(Optional.of(A), 20, 4),
            BuildingUse.released(Optional.of(B), 20, 16),
            BuildingUse.released(Optional.of(C), 10, 5));
  }

  @Test
  void aLargerKHidesMore() {
    tally(FIRST, C, 12, 6);

    assertThat(tracking.byBuilding(MAP, new Audience.Bound(K, 7), Optional.empty()))
        .containsExactly(BuildingUse.suppressed(Optional.of(C)));
  }

  @Test
  void aBatchOfOneCannotBeTakenFromItsBuilding() {
    tally(FIRST, A, 20, 8);
    List<BuildingUse> before = tracking.byBuilding(MAP, ambassador, Optional.empty());
    // a second batch of a single letter to the same building, and its household answers
    tally(SECOND, A, 1, 1);

    List<BuildingUse> after = tracking.byBuilding(MAP, ambassador, Optional.empty());

    assertThat(before).containsExactly(BuildingUse.released(Optional.of(A), 20, 8));
    assertThat(after).containsExactly(BuildingUse.released(Optional.of(A), 21, 9));
    assertThat(after).noneMatch(u -> u.issued().getAsInt() == 1);
  }

  @Test
  void anAmbassadorSeesOnlyTheirBuilding() {
    tally(FIRST, A, 20, 8);
    tally(THIRD, B, 20, 8);

    assertThat(tracking.byBuilding(MAP, ambassador, Optional.of(B)))
        .containsExactly(BuildingUse.released(Optional.of(B), 20, 8));
  }

  @Test
  void remindersListTheBuildingsBelowTheRateAndEverySuppressedOne() {
    tally(FIRST, A, 40, 6); // 0.15
    tally(FIRST, B, 20, 10); // 0.5
    tally(FIRST, C, 20, 17); // suppressed: three did not answer

    assertThat(tracking.reminders(MAP, 0.3, ambassador, Optional.empty()))
        .containsExactly(
            BuildingUse.released(Optional.of(A), 40, 6), BuildingUse.suppressed(Optional.of(C)));
    // whatever the threshold, a suppressed building is listed: its rate is not told
    assertThat(tracking.reminders(MAP, 0.01, ambassador, Optional.empty()))
        .containsExactly(BuildingUse.suppressed(Optional.of(C)));
    // a coordinator holds the raw data and gets the exact list
    assertThat(tracking.reminders(MAP, 0.3, coordinator, Optional.empty()))
        .containsExactly(BuildingUse.released(Optional.of(A), 40, 6));
  }

  @Test
  void aReminderRateOutsideZeroToOneIsRefused() {
    for (double below : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> tracking.reminders(MAP, below, ambassador, Optional.empty()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("below");
    }
  }
}
