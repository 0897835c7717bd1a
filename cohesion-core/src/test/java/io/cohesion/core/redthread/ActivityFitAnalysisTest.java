package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityFlag;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.scoring.spi.SegmentKey;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityFitAnalysisTest {

  private static final double EPS = 1e-12;

  /*
   * Five parents: a important and unsatisfied (urgency 1), b unimportant (0); two play football.
   * Five seniors: the other way round; four sing in the choir.
   * Overall urgency of a and of b: 0.5.
   */
  private final WishMap map = map(true, 1, List.of("household"), "a", "b");

  private List<WishMapResponse> responses() {
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responses.add(
          respondent("p" + i)
              .imp("a", 5, "b", 1)
              .sat("a", 1, "b", 1)
              .segment("household", "parents")
              .networks(i < 2 ? new String[] {"football"} : new String[] {})
              .build());
      responses.add(
          respondent("s" + i)
              .imp("a", 1, "b", 5)
              .sat("a", 5, "b", 1)
              .segment("household", "seniors")
              .networks(i < 4 ? new String[] {"choir"} : new String[] {})
              .build());
    }
    return responses;
  }

  private static ActivityProfile activity(
      String name,
      List<TargetValue> values,
      List<SegmentKey> segments,
      Set<String> partners,
      boolean link,
      boolean benefit) {
    return new ActivityProfile(
        name,
        values,
        segments,
        partners,
        link ? Optional.of("meets at the solar roof") : Optional.empty(),
        benefit ? Optional.of("free lunch") : Optional.empty());
  }

  private final ActivityProfile forParents =
      activity(
          "forParents",
          List.of(new TargetValue("a", 2), new TargetValue("b", 1)),
          List.of(new SegmentKey("household", "parents")),
          Set.of("football"),
          true,
          true);
  private final ActivityProfile forEveryone =
      activity(
          "forEveryone",
          List.of(new TargetValue("b", 1)),
          List.of(),
          Set.of("choir", "football"),
          true,
          false);
  private final ActivityProfile forSeniors =
      activity(
          "forSeniors",
          List.of(new TargetValue("b", 1)),
          List.of(new SegmentKey("household", "seniors")),
          Set.of("choir"),
          false,
          true);

  private List<ActivityFit> rank(FitOptions options, ActivityProfile... activities) {
    return ActivityFitAnalysis.rank(map, responses(), List.of(activities), options);
  }

  @Test
  void aTargetSegmentWhoseTargetValueIsWithheldIsNotUsed() {
    // six parents, only two of whom rated a: the parents' figures of a are withheld, so a fit
    // over the parents (a weighted mean of their urgency of a) would show them
    List<WishMapResponse> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(
          (i < 2 ? respondent("p" + i).imp("a", 5, "b", 1) : respondent("p" + i).imp("b", 2))
              .segment("household", "parents")
              .build());
      answers.add(respondent("s" + i).imp("a", 1, "b", 5).segment("household", "seniors").build());
    }
    ActivityProfile forParentsOnA =
        activity(
            "forParentsOnA",
            List.of(new TargetValue("a", 1)),
            List.of(new SegmentKey("household", "parents")),
            Set.of(),
            true,
            true);

    ActivityFit fit =
        ActivityFitAnalysis.rank(
                map,
                answers,
                List.of(forParentsOnA),
                FitOptions.defaults().withAudience(Audience.rawData(5)))
            .get(0);

    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.EVERYONE_TARGETS_SUPPRESSED);
    assertThat(fit.segmentsUsed()).isEmpty();
  }

  @Test
  void valueFitIsTheWeightedUrgencyInTheTargetSegment() {
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(5)), forParents).get(0);
    // parents: urgency a 1, b 0 -> (2 * 1 + 1 * 0) / 3
    assertThat(fit.part("valueFit").value()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.TARGET_SEGMENTS);
    assertThat(fit.segmentsUsed()).containsExactly(new SegmentKey("household", "parents"));
  }

  @Test
  void networkReachIsTheShareOfTheTargetGroupInAPartnerNetwork() {
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(5)), forParents).get(0);
    assertThat(fit.part("networkReach").value()).isCloseTo(2.0 / 5, within(EPS));
  }

  @Test
  void fitIsSixTenthsValueFitAndFourTenthsReachByDefault() {
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(5)), forParents).get(0);
    assertThat(fit.fit()).isCloseTo(0.6 * 2 / 3 + 0.4 * 0.4, within(EPS));
    assertThat(fit.part("valueFit").weight()).isCloseTo(0.6, within(EPS));
    assertThat(fit.part("networkReach").weight()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void withoutTargetSegmentsEveryoneCounts() {
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(5)), forEveryone).get(0);
    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.EVERYONE);
    assertThat(fit.part("valueFit").value()).isCloseTo(0.5, within(EPS));
    // football 2 + choir 4 of 10
    assertThat(fit.part("networkReach").value()).isCloseTo(0.6, within(EPS));
    assertThat(fit.fit()).isCloseTo(0.3 + 0.24, within(EPS));
  }

  @Test
  void aSuppressedTargetSegmentFallsBackToEveryoneAndSaysSo() {
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(6)), forParents).get(0);
    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.EVERYONE_TARGETS_SUPPRESSED);
    assertThat(fit.segmentsUsed()).isEmpty();
    assertThat(fit.part("valueFit").value()).isCloseTo(0.5, within(EPS));
    assertThat(fit.part("networkReach").value()).isCloseTo(0.2, within(EPS));
  }

  @Test
  void aTargetSegmentWithoutRespondentsFallsBackToEveryone() {
    ActivityProfile forStudents =
        activity(
            "forStudents",
            List.of(new TargetValue("a", 1)),
            List.of(new SegmentKey("household", "students")),
            Set.of(),
            true,
            true);
    ActivityFit fit =
        rank(FitOptions.defaults().withAudience(Audience.rawData(5)), forStudents).get(0);
    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.EVERYONE_TARGETS_SUPPRESSED);
    assertThat(fit.part("networkReach").value()).isZero();
  }

  @Test
  void weightsAreConfigurable() {
    List<ActivityFit> fits =
        ActivityFitAnalysis.rank(
            map,
            responses(),
            List.of(forParents),
            Audience.rawData(SmallGroupRule.DEFAULT_K_MIN),
            new DefaultUrgency(),
            new DefaultActivityFit(1, 1));
    assertThat(fits.get(0).fit()).isCloseTo(0.5 * 2 / 3 + 0.5 * 0.4, within(EPS));
  }

  @Test
  void ranksActivitiesByFitAndFlagsMissingLinkOrBenefitWithoutHidingThem() {
    List<ActivityFit> fits =
        rank(
            FitOptions.defaults().withAudience(Audience.rawData(5)),
            forEveryone,
            forParents,
            forSeniors);
    // seniors: 0.6 * 1 + 0.4 * 0.8 = 0.92; parents 0.56; everyone 0.54
    assertThat(fits)
        .extracting(ActivityFit::activity)
        .containsExactly("forSeniors", "forParents", "forEveryone");
    assertThat(fits).extracting(ActivityFit::rank).containsExactly(1, 2, 3);
    assertThat(fits.get(0).fit()).isCloseTo(0.92, within(EPS));
    assertThat(fits.get(0).flags()).containsExactly(ActivityFlag.NO_SUSTAINABILITY_LINK);
    assertThat(fits.get(1).flags()).isEmpty();
    assertThat(fits.get(2).flags()).containsExactly(ActivityFlag.NO_BENEFIT);
  }

  @Test
  void rejectsATargetValueTheMapDoesNotHave() {
    ActivityProfile wrong =
        activity("wrong", List.of(new TargetValue("zz", 1)), List.of(), Set.of(), true, true);
    assertThatThrownBy(() -> rank(FitOptions.defaults().withAudience(Audience.rawData(5)), wrong))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("activities[0].targetValues[0]")
        .hasMessageContaining("zz");
  }

  @Test
  void rejectsATargetSegmentColumnTheMapDoesNotHave() {
    ActivityProfile wrong =
        activity(
            "wrong",
            List.of(new TargetValue("a", 1)),
            List.of(new SegmentKey("street", "north")),
            Set.of(),
            true,
            true);
    assertThatThrownBy(() -> rank(FitOptions.defaults().withAudience(Audience.rawData(5)), wrong))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("street");
  }

  @Test
  void rejectsAnUnknownFitStrategyListingTheAvailableOnes() {
    assertThatThrownBy(
            () ->
                rank(
                    FitOptions.defaults()
                        .withAudience(Audience.rawData(5))
                        .withFitStrategy("magic"),
                    forParents))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'magic'")
        .hasMessageContaining("default");
  }

  @Test
  void rejectsTwoActivitiesWithOneName() {
    assertThatThrownBy(
            () ->
                rank(
                    FitOptions.defaults().withAudience(Audience.rawData(5)),
                    forParents,
                    forParents))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("activities[1].name")
        .hasMessageContaining("forParents");
  }

  @Test
  void aDomainActivityIsScoredLikeItsProfile() {
    Activity domain =
        Activity.planned(
                new ActivityId("act-1"),
                new NeighbourhoodId("nb-1"),
                "forParents",
                "a football afternoon",
                List.of(new TargetValue("a", 2), new TargetValue("b", 1)))
            .forSegments(List.of(new TargetSegment("household", "parents")))
            .withPartners(Set.of("football"))
            .withSustainabilityLink("meets at the solar roof");
    ActivityFit fit =
        ActivityFitAnalysis.rankActivities(
                map,
                responses(),
                List.of(domain),
                FitOptions.defaults().withAudience(Audience.rawData(5)))
            .get(0);
    assertThat(fit.fit()).isCloseTo(0.6 * 2 / 3 + 0.4 * 0.4, within(EPS));
    assertThat(fit.basis()).isEqualTo(ActivityFit.Basis.TARGET_SEGMENTS);
    assertThat(fit.flags()).containsExactly(ActivityFlag.NO_BENEFIT);
  }
}
