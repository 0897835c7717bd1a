package io.cohesion.core.trust;

import static io.cohesion.core.trust.ScaleDataTest.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.scoring.spi.ScaleScoreStrategy;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Small cases whose figures are worked out by hand in the comments. */
class ScaleScoringTest {

  private static final SmallGroupRule RULE = new SmallGroupRule(3);

  private static Scale twoItems() {
    return new Scale(
        new ScaleId("pair"),
        Text.of("pair"),
        new ResponseRange(1, 6),
        1,
        List.of(Item.of("X"), Item.of("Y")));
  }

  @Test
  void worksOutAlphaAndTheScoreOfAHandCase() {
    // x = 1 2 3, y = 1 3 5: var x = 1, var y = 4, cov = 2, var(x + y) = 9.
    ScaleData data =
        ScaleData.builder(twoItems())
            .add("a", new double[] {1, 1}, null)
            .add("b", new double[] {2, 3}, null)
            .add("c", new double[] {3, 5}, null)
            .build();

    ScaleReport report = ScaleScoring.score(data, RULE);

    Reliability reliability = report.reliability().orElseThrow();
    assertThat(reliability.alpha()).isCloseTo(2 * (1 - 5.0 / 9), within(1e-12)); // 8/9
    assertThat(reliability.averageR()).isCloseTo(1, within(1e-12)); // y = 2x − 1
    assertThat(reliability.standardizedAlpha()).isCloseTo(1, within(1e-12));
    ItemStatistics y = reliability.items().get(1);
    assertThat(y.id()).isEqualTo("Y");
    assertThat(y.mean()).isCloseTo(3, within(1e-12));
    assertThat(y.sd()).isCloseTo(2, within(1e-12));
    assertThat(y.itemRestCorrelation()).isCloseTo(1, within(1e-12));
    assertThat(y.alphaIfDeleted()).isNaN(); // one item left has no alpha

    // person scores 1, 2.5, 4: mean 2.5, sd 1.5; t(0.975, 2) = 0.95·√(2/0.0975)
    double t = 0.95 * Math.sqrt(2 / 0.0975);
    ScoreSummary score = report.score();
    assertThat(score.n()).isEqualTo(3);
    assertThat(score.mean()).isCloseTo(2.5, within(1e-12));
    assertThat(score.sd()).isCloseTo(1.5, within(1e-12));
    assertThat(score.ci95().lower()).isCloseTo(2.5 - t * 1.5 / Math.sqrt(3), within(1e-10));
    assertThat(score.ci95().upper()).isCloseTo(2.5 + t * 1.5 / Math.sqrt(3), within(1e-10));
    assertThat(report.groupReliability()).isEmpty();
    assertThat(report.groups()).isEmpty();
  }

  @Test
  void alphaDropsTheRightItem() {
    // Three items; with Z pure noise against X = Y, dropping Z leaves two identical items:
    // alpha of (X, Y) with var 1 each and cov 1 is 2·(1 − 2/4) = 1.
    Scale scale =
        new Scale(
            new ScaleId("three"),
            Text.of("three"),
            new ResponseRange(1, 5),
            3,
            List.of(Item.of("X"), Item.of("Y"), Item.of("Z")));
    ScaleData data =
        ScaleData.builder(scale)
            .add("a", new double[] {1, 1, 3}, null)
            .add("b", new double[] {2, 2, 1}, null)
            .add("c", new double[] {3, 3, 3}, null)
            .add("d", new double[] {2, 2, 5}, null)
            .build();

    Reliability reliability = ScaleScoring.score(data, RULE).reliability().orElseThrow();

    assertThat(reliability.items().get(2).alphaIfDeleted()).isCloseTo(1, within(1e-12));
    // Z is uncorrelated with X + Y: cov(Z, X) = (−1·0 + 0·−2 + 1·0 + 0·2)/3 = 0.
    assertThat(reliability.items().get(2).itemRestCorrelation()).isCloseTo(0, within(1e-12));
  }

  @Test
  void reliabilityIsListwiseButTheScoreUsesEveryoneWithEnoughAnswers() {
    Scale scale =
        new Scale(
            new ScaleId("three"),
            Text.of("three"),
            new ResponseRange(1, 5),
            2,
            List.of(Item.of("X"), new Item("Y", Text.of("Y"), true), Item.of("Z")));
    ScaleData data =
        ScaleData.builder(scale)
            .add("a", new double[] {1, 5, 2}, null) // keyed 1 1 2 → 4/3, complete
            .add("b", new double[] {3, 3, 4}, null) // keyed 3 3 4 → 10/3, complete
            .add("c", new double[] {5, NA, 4}, null) // 4.5, not complete
            .add("d", new double[] {NA, NA, 2}, null) // one answer < minAnswered: no score
            .build();

    ScaleReport report = ScaleScoring.score(data, RULE);

    assertThat(report.n()).isEqualTo(4);
    assertThat(report.nComplete()).isEqualTo(2);
    assertThat(report.score().n()).isEqualTo(3);
    assertThat(report.score().mean()).isCloseTo((4.0 / 3 + 10.0 / 3 + 4.5) / 3, within(1e-12));
    Reliability reliability = report.reliability().orElseThrow();
    // item means over the two complete respondents, after reversal
    assertThat(reliability.items().get(1).mean()).isCloseTo(2, within(1e-12));
    assertThat(reliability.items().get(0).sd()).isCloseTo(Math.sqrt(2), within(1e-12));
  }

  @Test
  void fewerThanTwoCompleteRespondentsGiveNoReliability() {
    ScaleData data =
        ScaleData.builder(twoItems())
            .add("a", new double[] {1, 1}, null)
            .add("b", new double[] {2, NA}, null)
            .build();

    ScaleReport report = ScaleScoring.score(data, RULE);

    assertThat(report.reliability()).isEmpty();
    assertThat(report.score().n()).isEqualTo(2);
  }

  @Test
  void emptyDataHasUndefinedFigures() {
    ScaleReport report = ScaleScoring.score(ScaleData.builder(twoItems()).build(), RULE);

    assertThat(report.n()).isZero();
    assertThat(report.reliability()).isEmpty();
    assertThat(report.score().n()).isZero();
    assertThat(report.score().mean()).isNaN();
    assertThat(report.score().ci95().isDefined()).isFalse();
  }

  @Test
  void oneRespondentHasAMeanButNoSd() {
    ScaleData data = ScaleData.builder(twoItems()).add("a", new double[] {2, 4}, null).build();

    ScoreSummary score = ScaleScoring.score(data, RULE).score();

    assertThat(score.mean()).isEqualTo(3);
    assertThat(score.sd()).isNaN();
    assertThat(score.ci95().isDefined()).isFalse();
  }

  @Test
  void worksOutTheIccsOfAHandCase() {
    // Groups A: 1 2 3, B: 4 5 6 (person scores, both items equal).
    // Grand mean 3.5; SSB = 3·1.5² + 3·1.5² = 13.5, MSB = 13.5; SSW = 2 + 2, MSW = 4/4 = 1; k̄ = 3.
    ScaleData.Builder builder = ScaleData.builder(twoItems());
    double[][] scores = {{1, 2, 3}, {4, 5, 6}};
    String[] groups = {"A", "B"};
    int id = 0;
    for (int g = 0; g < 2; g++) {
      for (double s : scores[g]) {
        builder.add("r" + id++, new double[] {s, s}, groups[g]);
      }
    }
    builder.add("nogroup", new double[] {6, 6}, null); // scored, but outside the ANOVA

    ScaleReport report = ScaleScoring.score(builder.build(), RULE);

    GroupReliability icc = report.groupReliability().orElseThrow();
    assertThat(icc.icc1()).isCloseTo(12.5 / (13.5 + 2 * 1), within(1e-12));
    assertThat(icc.icc2()).isCloseTo(12.5 / 13.5, within(1e-12));
    assertThat(icc.groups()).isEqualTo(2);
    assertThat(icc.meanGroupSize()).isEqualTo(3);
    assertThat(report.score().n()).isEqualTo(7);
    // The one scored respondent without a group is the wave minus A minus B: showing both groups
    // beside the wave would single them out, so the smaller group (A, first on a tie) is hidden.
    assertThat(report.groups())
        .extracting(GroupScore::group, GroupScore::suppressed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", true),
            org.assertj.core.groups.Tuple.tuple("B", false));
    GroupScore.Published b = (GroupScore.Published) report.groups().get(1);
    assertThat(b.n()).isEqualTo(3);
    assertThat(b.mean()).isCloseTo(5, within(1e-12));
    assertThat(b.sd()).isCloseTo(1, within(1e-12));
  }

  @Test
  void oneGroupGivesNoGroupReliability() {
    ScaleData data =
        ScaleData.builder(twoItems())
            .add("a", new double[] {1, 1}, "only")
            .add("b", new double[] {2, 3}, "only")
            .build();

    assertThat(ScaleScoring.score(data, new SmallGroupRule(1)).groupReliability()).isEmpty();
  }

  @Test
  void suppressesSmallGroupsAndTheirComplement() {
    // kMin 3: "a" has 2 → suppressed; alone it could be recovered, so the smallest other ("c", 3)
    // goes too. "b" (4) and "d" (5) are published.
    ScaleData.Builder builder = ScaleData.builder(twoItems());
    int[] sizes = {2, 4, 3, 5};
    String[] keys = {"a", "b", "c", "d"};
    int id = 0;
    for (int g = 0; g < sizes.length; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        builder.add("r" + id++, new double[] {1 + i % 5, 2}, keys[g]);
      }
    }

    ScaleReport report = ScaleScoring.score(builder.build(), RULE);

    assertThat(report.groups())
        .containsExactly(
            new GroupScore.Suppressed("a"),
            report.groups().get(1),
            new GroupScore.Suppressed("c"),
            report.groups().get(3));
    assertThat(((GroupScore.Published) report.groups().get(1)).n()).isEqualTo(4);
    assertThat(((GroupScore.Published) report.groups().get(3)).n()).isEqualTo(5);
    // totals still use everyone
    assertThat(report.score().n()).isEqualTo(14);
  }

  @Test
  void usesAnotherStrategyWhenGivenOne() {
    ScaleScoreStrategy highest =
        new ScaleScoreStrategy() {
          @Override
          public String name() {
            return "max";
          }

          @Override
          public double personScore(double[] answers, int minAnswered) {
            double max = Double.NaN;
            for (double a : answers) {
              if (!Double.isNaN(a) && !(a <= max)) {
                max = a;
              }
            }
            return max;
          }
        };
    ScaleData data =
        ScaleData.builder(twoItems())
            .add("a", new double[] {1, 5}, null)
            .add("b", new double[] {2, NA}, null)
            .build();

    ScoreSummary score = ScaleScoring.score(data, RULE, highest).score();

    assertThat(score.n()).isEqualTo(2);
    assertThat(score.mean()).isEqualTo(3.5);
  }

  @Test
  void theMeanStrategyIsRegisteredForTheServiceLoader() {
    assertThat(ServiceLoader.load(ScaleScoreStrategy.class).stream())
        .map(ServiceLoader.Provider::get)
        .extracting(ScaleScoreStrategy::name)
        .contains(MeanOfAnsweredItems.NAME);
  }

  @Test
  void theMeanStrategyNeedsMinAnsweredAnswers() {
    MeanOfAnsweredItems mean = new MeanOfAnsweredItems();

    assertThat(mean.personScore(new double[] {2, NA, 4}, 2)).isEqualTo(3);
    assertThat(mean.personScore(new double[] {2, NA, NA}, 2)).isNaN();
    assertThat(mean.personScore(new double[] {NA, NA, NA}, 1)).isNaN();
  }
}
