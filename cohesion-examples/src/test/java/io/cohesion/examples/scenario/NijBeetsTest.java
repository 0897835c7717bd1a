package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NijBeetsTest {
  private final PilotData data = NijBeets.generate(NijBeets.DEFAULT_SEED);

  @Test
  void theSameSeedGivesTheSameData() {
    PilotData again = NijBeets.generate(NijBeets.DEFAULT_SEED);

    assertThat(again).isEqualTo(data);
  }

  @Test
  void anotherSeedGivesOtherData() {
    assertThat(NijBeets.generate(NijBeets.DEFAULT_SEED + 1).responses())
        .isNotEqualTo(data.responses());
  }

  @Test
  void theDataSayTheyAreSynthetic() {
    assertThat(data.wishMap().id().value()).contains(Synthetic.LABEL);
    assertThat(data.neighbourhoodName()).contains(Synthetic.LABEL);
    assertThat(data.responses())
        .allSatisfy(r -> assertThat(r.respondent().value()).contains(Synthetic.LABEL));
    assertThat(data.trustBefore())
        .allSatisfy(r -> assertThat(r.respondent().value()).contains(Synthetic.LABEL));
  }

  @Test
  void aFewHundredRespondentsWithValidAnswers() {
    assertThat(data.responses()).hasSizeBetween(200, 600);
    assertThat(data.responses()).allSatisfy(r -> assertThat(data.wishMap().check(r)).isEmpty());
    assertThat(data.responses().stream().map(r -> r.respondent().value()).distinct())
        .hasSameSizeAs(data.responses());
  }

  @Test
  void everyHouseholdSegmentPassesTheSmallGroupRule() {
    for (String segment : List.of("young_parents", "families", "seniors", "singles")) {
      assertThat(Urgency.inSegment(data.responses(), NijBeets.HOUSEHOLD, segment))
          .as(segment)
          .hasSizeGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void youthAndContactAreMostUrgentForYoungParents() {
    List<WishMapResponse> youngParents =
        Urgency.inSegment(data.responses(), NijBeets.HOUSEHOLD, NijBeets.YOUNG_PARENTS);

    List<String> ranking = Urgency.ranking(data.wishMap(), youngParents);

    assertThat(ranking.subList(0, 3)).contains("youth", "contact");
  }

  @Test
  void youthIsMoreUrgentForYoungParentsThanForTheVillage() {
    List<WishMapResponse> youngParents =
        Urgency.inSegment(data.responses(), NijBeets.HOUSEHOLD, NijBeets.YOUNG_PARENTS);

    assertThat(Urgency.of(data.wishMap(), youngParents, "youth"))
        .isGreaterThan(Urgency.of(data.wishMap(), data.responses(), "youth") + 0.1);
  }

  @Test
  void thePlayWeekReachesMostYoungParents() {
    List<WishMapResponse> youngParents =
        Urgency.inSegment(data.responses(), NijBeets.HOUSEHOLD, NijBeets.YOUNG_PARENTS);
    long inPlayWeek =
        youngParents.stream().filter(r -> r.networks().contains(NijBeets.PLAY_WEEK)).count();
    long seniorsInPlayWeek =
        Urgency.inSegment(data.responses(), NijBeets.HOUSEHOLD, "seniors").stream()
            .filter(r -> r.networks().contains(NijBeets.PLAY_WEEK))
            .count();

    assertThat((double) inPlayWeek / youngParents.size()).isGreaterThan(0.7);
    assertThat(seniorsInPlayWeek).isLessThan(inPlayWeek / 3);
  }

  @Test
  void twoSmallHamletsAreInTheData() {
    assertThat(Urgency.inSegment(data.responses(), NijBeets.AREA, "buitengebied")).hasSize(4);
    assertThat(Urgency.inSegment(data.responses(), NijBeets.AREA, "vaart")).hasSize(7);
  }

  @Test
  void mostHouseholdsAnsweredTrustBothTimes() {
    Set<String> before = pseudonyms(data.trustBefore());
    Set<String> after = pseudonyms(data.trustAfter());
    Set<String> both = before.stream().filter(after::contains).collect(Collectors.toSet());

    assertThat(both.size()).isGreaterThan(before.size() / 2).isGreaterThan(after.size() / 2);
    assertThat(data.trustBefore()).allSatisfy(r -> assertThat(r.check(data.scale())).isEmpty());
    assertThat(data.trustAfter()).allSatisfy(r -> assertThat(r.check(data.scale())).isEmpty());
  }

  @Test
  void trustRisesModestly() {
    double rise = meanScore(data.trustAfter()) - meanScore(data.trustBefore());

    assertThat(rise).isBetween(0.1, 0.5);
  }

  @Test
  void theTorchIdeaTargetsYoungParentsThroughThePlayWeek() {
    Activity torch =
        data.activities().stream().filter(a -> a.id().equals(NijBeets.TORCH)).findFirst().get();

    assertThat(torch.segments())
        .containsExactly(new TargetSegment(NijBeets.HOUSEHOLD, NijBeets.YOUNG_PARENTS));
    assertThat(torch.partners()).contains(NijBeets.PLAY_WEEK);
    assertThat(torch.sustainabilityLink()).isPresent();
    assertThat(torch.status()).isEqualTo(ActivityStatus.DONE);
    assertThat(data.activities()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(data.activities()).allSatisfy(a -> assertThat(a.check(data.wishMap())).isEmpty());
    assertThat(data.sessions()).allSatisfy(s -> assertThat(s.activity()).isEqualTo(NijBeets.TORCH));
  }

  private static Set<String> pseudonyms(List<MeasurementResponse> wave) {
    return wave.stream().map(r -> r.respondent().value()).collect(Collectors.toSet());
  }

  /** The mean person score: reversed items turned round, mean of the answered items. */
  private double meanScore(List<MeasurementResponse> wave) {
    double total = 0;
    for (MeasurementResponse r : wave) {
      double sum = 0;
      for (var item : data.scale().items()) {
        Double a = r.answers().get(item.id());
        if (a != null) {
          sum += item.reverse() ? 6 - a : a;
        }
      }
      total += sum / r.answers().size();
    }
    return total / wave.size();
  }
}
