package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.scoring.Interval;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A scale of one item (docs/scoring.md#single-item-scales): persons, the scale score, groups and
 * ICC(1)/ICC(2) and waves as R computes them (single-item.R), and no reliability but a note saying
 * why.
 */
class SingleItemScaleTest {

  private static final double TOLERANCE = 1e-6;
  private static final JsonNode REFERENCE = Reference.json("single-item.json");

  private static Scale scale() {
    return Reference.scale(REFERENCE.get("scale"));
  }

  @Test
  void aScaleMayHaveOneItemButNotNone() {
    assertThat(scale().size()).isEqualTo(1);
    assertThat(Scale.defaultMinAnswered(1)).isEqualTo(1);
    assertThatThrownBy(
            () ->
                Scale.of(
                    new ScaleId("empty"), Text.of("empty"), new ResponseRange(0, 10), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least 1 item, got 0");
  }

  @Test
  void eachWaveMatchesRWithoutReliability() {
    for (String wave : List.of("before", "after")) {
      JsonNode node = REFERENCE.get(wave);
      ScaleData data =
          Reference.data(node.get("file").asText(), scale(), REFERENCE.get("groupColumn").asText());

      ScaleReport report = ScaleScoring.score(data, SmallGroupRule.defaults());

      JsonNode expected = node.get("expected");
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(report.n()).as(wave + " n").isEqualTo(expected.get("n").asInt());
      soft.assertThat(report.nComplete())
          .as(wave + " nComplete")
          .isEqualTo(expected.get("nComplete").asInt());
      soft.assertThat(report.reliability()).as(wave + " reliability").isEmpty();
      soft.assertThat(report.reliabilityNote())
          .as(wave + " reliabilityNote")
          .contains("alpha needs at least two items; this scale has one");
      JsonNode s = expected.get("score");
      soft.assertThat(report.score().n()).as(wave + " score.n").isEqualTo(s.get("n").asInt());
      close(soft, wave + " mean", report.score().mean(), s.get("mean"));
      close(soft, wave + " sd", report.score().sd(), s.get("sd"));
      interval(soft, wave + " ci95", report.score().ci95(), s.get("ci95"));
      JsonNode g = expected.get("groupReliability");
      GroupReliability icc = report.groupReliability().orElseThrow();
      close(soft, wave + " icc1", icc.icc1(), g.get("icc1"));
      close(soft, wave + " icc2", icc.icc2(), g.get("icc2"));
      soft.assertThat(icc.groups()).as(wave + " groups").isEqualTo(g.get("groups").asInt());
      close(soft, wave + " meanGroupSize", icc.meanGroupSize(), g.get("meanGroupSize"));
      soft.assertAll();
    }
  }

  @Test
  void wavesOfOneItemCompareAsR() {
    ScaleData before = Reference.data(REFERENCE.get("before").get("file").asText(), scale(), null);
    ScaleData after = Reference.data(REFERENCE.get("after").get("file").asText(), scale(), null);

    WaveComparison comparison = CompareWaves.compare(before, after);

    JsonNode i = REFERENCE.get("comparison").get("independent");
    JsonNode p = REFERENCE.get("comparison").get("paired");
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(comparison.independent().nBefore()).isEqualTo(i.get("nBefore").asInt());
    soft.assertThat(comparison.independent().nAfter()).isEqualTo(i.get("nAfter").asInt());
    close(soft, "difference", comparison.independent().difference(), i.get("difference"));
    interval(soft, "welch ci95", comparison.independent().ci95(), i.get("ci95"));
    close(soft, "welchDf", comparison.independent().welchDf(), i.get("welchDf"));
    close(soft, "hedgesG", comparison.independent().hedgesG(), i.get("hedgesG"));
    PairedComparison paired = comparison.paired().orElseThrow();
    soft.assertThat(paired.nPairs()).isEqualTo(p.get("nPairs").asInt());
    close(soft, "meanDifference", paired.meanDifference(), p.get("meanDifference"));
    interval(soft, "paired ci95", paired.ci95(), p.get("ci95"));
    close(soft, "dz", paired.dz(), p.get("dz"));
    soft.assertAll();
  }

  @Test
  void aScaleOfTwoItemsWithTooFewCompleteRespondentsSaysSo() {
    Scale two =
        Scale.of(
            new ScaleId("two"),
            Text.of("two"),
            new ResponseRange(1, 5),
            List.of(new Item("a", Text.of("a"), false), new Item("b", Text.of("b"), false)));
    ScaleData data =
        ScaleData.builder(two)
            .add("p1", new double[] {1, 2}, null)
            .add("p2", new double[] {3, Double.NaN}, null)
            .add("p3", new double[] {Double.NaN, 4}, null)
            .build();

    ScaleReport report = ScaleScoring.score(data, SmallGroupRule.defaults());

    assertThat(report.reliability()).isEmpty();
    assertThat(report.reliabilityNote())
        .contains("alpha needs at least two respondents who answered every item; 1 did");
  }

  private static void close(SoftAssertions soft, String what, double actual, JsonNode expected) {
    soft.assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(TOLERANCE));
  }

  private static void interval(
      SoftAssertions soft, String what, Interval actual, JsonNode expected) {
    close(soft, what + " lower", actual.lower(), expected.get(0));
    close(soft, what + " upper", actual.upper(), expected.get(1));
  }
}
