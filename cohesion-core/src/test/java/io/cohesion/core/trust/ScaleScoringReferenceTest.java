package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.scoring.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure of {@link ScaleScoring} and {@link CompareWaves} against R (psych, multilevel). */
class ScaleScoringReferenceTest {

  private static final double TOLERANCE = 1e-6;

  static Stream<Arguments> scales() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode node : Reference.expected().get("scales")) {
      cases.add(Arguments.of(node.get("name").asText(), node));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scales")
  void matchesR(String name, JsonNode node) {
    Scale scale = Reference.scale(node.get("scale"));
    String groupColumn = node.get("groupColumn").isNull() ? null : node.get("groupColumn").asText();
    JsonNode expected = node.get("expected");
    String file = csvOf(name);
    SmallGroupRule rule =
        expected.has("kMin")
            ? new SmallGroupRule(expected.get("kMin").asInt())
            : SmallGroupRule.defaults();

    ScaleReport report = ScaleScoring.score(Reference.data(file, scale, groupColumn), rule);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(report.n()).as("n").isEqualTo(expected.get("n").asInt());
    soft.assertThat(report.nComplete())
        .as("nComplete")
        .isEqualTo(expected.get("nComplete").asInt());

    JsonNode r = expected.get("reliability");
    Reliability reliability = report.reliability().orElseThrow();
    close(soft, "alpha", reliability.alpha(), r.get("alpha"));
    close(soft, "standardizedAlpha", reliability.standardizedAlpha(), r.get("standardizedAlpha"));
    close(soft, "averageR", reliability.averageR(), r.get("averageR"));
    soft.assertThat(reliability.items()).hasSize(r.get("items").size());
    for (int j = 0; j < reliability.items().size(); j++) {
      ItemStatistics item = reliability.items().get(j);
      JsonNode e = r.get("items").get(j);
      soft.assertThat(item.id()).isEqualTo(e.get("id").asText());
      close(soft, item.id() + " mean", item.mean(), e.get("mean"));
      close(soft, item.id() + " sd", item.sd(), e.get("sd"));
      close(soft, item.id() + " r.drop", item.itemRestCorrelation(), e.get("itemRestCorrelation"));
      close(soft, item.id() + " alpha.drop", item.alphaIfDeleted(), e.get("alphaIfDeleted"));
    }

    JsonNode s = expected.get("score");
    soft.assertThat(report.score().n()).as("score.n").isEqualTo(s.get("n").asInt());
    close(soft, "score.mean", report.score().mean(), s.get("mean"));
    close(soft, "score.sd", report.score().sd(), s.get("sd"));
    interval(soft, "score.ci95", report.score().ci95(), s.get("ci95"));

    if (expected.has("groupReliability")) {
      JsonNode g = expected.get("groupReliability");
      GroupReliability icc = report.groupReliability().orElseThrow();
      close(soft, "icc1", icc.icc1(), g.get("icc1"));
      close(soft, "icc2", icc.icc2(), g.get("icc2"));
      soft.assertThat(icc.groups()).as("groups").isEqualTo(g.get("groups").asInt());
      close(soft, "meanGroupSize", icc.meanGroupSize(), g.get("meanGroupSize"));

      JsonNode groups = expected.get("groups");
      soft.assertThat(report.groups()).hasSize(groups.size());
      for (int i = 0; i < Math.min(groups.size(), report.groups().size()); i++) {
        GroupScore actual = report.groups().get(i);
        JsonNode e = groups.get(i);
        soft.assertThat(actual.group()).isEqualTo(e.get("group").asText());
        soft.assertThat(actual.suppressed())
            .as("group %s suppressed", actual.group())
            .isEqualTo(e.get("suppressed").asBoolean());
        if (actual instanceof GroupScore.Published published && !e.get("suppressed").asBoolean()) {
          soft.assertThat(published.n())
              .as("n of " + published.group())
              .isEqualTo(e.get("n").asInt());
          close(soft, "mean of " + published.group(), published.mean(), e.get("mean"));
          close(soft, "sd of " + published.group(), published.sd(), e.get("sd"));
          interval(soft, "ci95 of " + published.group(), published.ci95(), e.get("ci95"));
        }
      }
    } else {
      soft.assertThat(report.groupReliability()).isEmpty();
      soft.assertThat(report.groups()).isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void wavesMatchR() {
    JsonNode waves = Reference.expected().get("waves");
    Scale scale = Reference.scale(waves.get("scale"));
    ScaleData before = Reference.data(waves.get("before").asText(), scale, null);
    ScaleData after = Reference.data(waves.get("after").asText(), scale, null);

    WaveComparison comparison = CompareWaves.compare(before, after);

    SoftAssertions soft = new SoftAssertions();
    JsonNode i = waves.get("expected").get("independent");
    IndependentComparison independent = comparison.independent();
    soft.assertThat(independent.nBefore()).isEqualTo(i.get("nBefore").asInt());
    soft.assertThat(independent.nAfter()).isEqualTo(i.get("nAfter").asInt());
    close(soft, "meanBefore", independent.meanBefore(), i.get("meanBefore"));
    close(soft, "meanAfter", independent.meanAfter(), i.get("meanAfter"));
    close(soft, "difference", independent.difference(), i.get("difference"));
    interval(soft, "welch ci95", independent.ci95(), i.get("ci95"));
    close(soft, "welchDf", independent.welchDf(), i.get("welchDf"));
    close(soft, "hedgesG", independent.hedgesG(), i.get("hedgesG"));

    JsonNode p = waves.get("expected").get("paired");
    PairedComparison paired = comparison.paired().orElseThrow();
    soft.assertThat(paired.nPairs()).isEqualTo(p.get("nPairs").asInt());
    close(soft, "meanDifference", paired.meanDifference(), p.get("meanDifference"));
    interval(soft, "paired ci95", paired.ci95(), p.get("ci95"));
    close(soft, "dz", paired.dz(), p.get("dz"));
    soft.assertAll();
  }

  private static String csvOf(String name) {
    if (name.startsWith("bfi-")) {
      return "bfi.csv";
    }
    if (name.startsWith("bh1996")) {
      return "bh1996.csv";
    }
    return "demo-twolevel.csv";
  }

  private static void close(SoftAssertions soft, String what, double actual, JsonNode expected) {
    double e = Reference.number(expected);
    if (Double.isNaN(e)) {
      soft.assertThat(actual).as(what).isNaN();
    } else {
      soft.assertThat(actual).as(what).isCloseTo(e, within(TOLERANCE));
    }
  }

  private static void interval(
      SoftAssertions soft, String what, Interval actual, JsonNode expected) {
    close(soft, what + " lower", actual.lower(), expected.get(0));
    close(soft, what + " upper", actual.upper(), expected.get(1));
  }
}
