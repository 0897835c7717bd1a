package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupReliability;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.ItemStatistics;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.Reliability;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScoreSummary;
import io.cohesion.core.trust.WaveComparison;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The document as another program reads it: printed, then parsed again. */
  private static JsonNode roundTrip(Object document) throws IOException {
    StringWriter out = new StringWriter();
    ResultJson.write(document, out);
    return MAPPER.readTree(out.toString());
  }

  private static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  @Test
  void aGroupedScaleReportHasTheKeysOfTheSpec() throws IOException {
    ScaleReport report =
        new ScaleReport(
            12,
            10,
            Optional.of(
                new Reliability(
                    0.8,
                    0.81,
                    0.5,
                    List.of(
                        new ItemStatistics("a", 3.5, 1.25, 0.625, Double.NaN),
                        new ItemStatistics("b", 2.5, 0.75, 0.625, Double.NaN)))),
            new ScoreSummary(11, 3.0, 0.5, new Interval(2.5, 3.5)),
            Optional.of(new GroupReliability(0.125, 0.5, 2, 5.5)),
            List.of(
                new GroupScore.Published("east", 8, 3.25, 0.25, new Interval(3.0, 3.5)),
                new GroupScore.Suppressed("west")));

    JsonNode document = roundTrip(ResultJson.scaleReport(report));

    assertThat(document)
        .isEqualTo(
            json(
                """
                {"n": 12, "nComplete": 10,
                 "reliability": {"alpha": 0.8, "standardizedAlpha": 0.81, "averageR": 0.5,
                   "items": [
                     {"id": "a", "mean": 3.5, "sd": 1.25, "itemRestCorrelation": 0.625,
                      "alphaIfDeleted": null},
                     {"id": "b", "mean": 2.5, "sd": 0.75, "itemRestCorrelation": 0.625,
                      "alphaIfDeleted": null}]},
                 "reliabilityNote": null,
                 "score": {"n": 11, "mean": 3.0, "sd": 0.5, "ci95": [2.5, 3.5]},
                 "groupReliability": {"icc1": 0.125, "icc2": 0.5, "groups": 2, "meanGroupSize": 5.5},
                 "groups": [
                   {"group": "east", "n": 8, "mean": 3.25, "sd": 0.25, "ci95": [3.0, 3.5],
                    "suppressed": false},
                   {"group": "west", "suppressed": true}]}
                """));
  }

  @Test
  void whatCannotBeComputedIsNullAndEveryKeyStays() throws IOException {
    ScaleReport report =
        new ScaleReport(
                1,
                1,
                Optional.empty(),
                new ScoreSummary(1, 4.0, Double.NaN, Interval.UNDEFINED),
                Optional.empty(),
                List.of())
            .withReliabilityNote(ScaleReport.SINGLE_ITEM_NOTE);

    JsonNode document = roundTrip(ResultJson.scaleReport(report));

    assertThat(document)
        .isEqualTo(
            json(
                """
                {"n": 1, "nComplete": 1, "reliability": null,
                 "reliabilityNote": "alpha needs at least two items; this scale has one",
                 "score": {"n": 1, "mean": 4.0, "sd": null, "ci95": null},
                 "groupReliability": null, "groups": null}
                """));
  }

  @Test
  void doublesKeepFullPrecision() throws IOException {
    double third = 1.0 / 3;
    ScaleReport report =
        new ScaleReport(
            3,
            3,
            Optional.empty(),
            new ScoreSummary(3, third, Math.PI, new Interval(-Math.E, Math.ulp(1.0))),
            Optional.empty(),
            List.of());

    JsonNode score = roundTrip(ResultJson.scaleReport(report)).get("score");

    assertThat(score.get("mean").doubleValue()).isEqualTo(third);
    assertThat(score.get("sd").doubleValue()).isEqualTo(Math.PI);
    assertThat(score.get("ci95").get(0).doubleValue()).isEqualTo(-Math.E);
    assertThat(score.get("ci95").get(1).doubleValue()).isEqualTo(Math.ulp(1.0));
  }

  @Test
  void aRedThreadHasTheKeysOfTheSpec() throws IOException {
    ValueFigures contact = new ValueFigures("contact", 9, 4.5, 0.5, 2.0, 0.625, 0.75, 12, 1, 0.875);
    ValueFigures safety =
        new ValueFigures("safety", 8, 3.0, Double.NaN, Double.NaN, 0.25, 0.125, 3, 2, Double.NaN);
    RedThread redThread =
        new RedThread(
            10,
            0.375,
            List.of(contact, safety),
            List.of(
                new SegmentFigures.Published("household", "young", 6, List.of(contact)),
                new SegmentFigures.Suppressed("household", "old")),
            List.of(
                new NetworkFigures(
                    "play-week",
                    4,
                    0.4,
                    List.of(
                        new NetworkFigures.SegmentCount.Published("household", "young", 3, 0.5),
                        new NetworkFigures.SegmentCount.Suppressed("household", "old")))));

    JsonNode document = roundTrip(ResultJson.redThread(redThread));

    String contactJson =
        """
        {"code": "contact", "n": 9, "importanceMean": 4.5, "importanceSd": 0.5,
         "satisfactionMean": 2.0, "urgency": 0.625, "topShare": 0.75, "borda": 12, "rank": 1,
         "pTopK": 0.875}
        """;
    assertThat(document)
        .isEqualTo(
            json(
                """
                {"n": 10, "kendallW": 0.375, "urgencyBasis": "importanceAndSatisfaction",
                 "urgencyNote":
                   "Urgency is importance times dissatisfaction: important and unsatisfied is urgent.",
                 "values": [%s,
                   {"code": "safety", "n": 8, "importanceMean": 3.0, "importanceSd": null,
                    "satisfactionMean": null, "urgency": 0.25, "topShare": 0.125, "borda": 3,
                    "rank": 2, "pTopK": null}],
                 "segments": [
                   {"column": "household", "value": "young", "n": 6, "suppressed": false,
                    "values": [%s]},
                   {"column": "household", "value": "old", "suppressed": true}],
                 "networks": [
                   {"name": "play-week", "n": 4, "share": 0.4, "segments": [
                     {"column": "household", "value": "young", "n": 3, "share": 0.5,
                      "suppressed": false},
                     {"column": "household", "value": "old", "suppressed": true}]}]}
                """
                    .formatted(contactJson, contactJson)));
  }

  @Test
  void aWaveComparisonHasTheKeysOfTheSpec() throws IOException {
    WaveComparison comparison =
        new WaveComparison(
            new IndependentComparison(20, 22, 3.0, 3.5, 0.5, new Interval(0.25, 0.75), 39.5, 0.625),
            Optional.of(new PairedComparison(15, 0.375, new Interval(0.125, 0.625), 0.75)));

    assertThat(roundTrip(ResultJson.waveComparison(comparison)))
        .isEqualTo(
            json(
                """
                {"independent": {"nBefore": 20, "nAfter": 22, "meanBefore": 3.0, "meanAfter": 3.5,
                   "difference": 0.5, "ci95": [0.25, 0.75], "welchDf": 39.5, "hedgesG": 0.625},
                 "paired": {"nPairs": 15, "meanDifference": 0.375, "ci95": [0.125, 0.625],
                   "dz": 0.75}}
                """));
  }

  @Test
  void withoutPairsThePairedComparisonIsNull() throws IOException {
    WaveComparison comparison =
        new WaveComparison(
            new IndependentComparison(
                1, 1, 3.0, 4.0, 1.0, Interval.UNDEFINED, Double.NaN, Double.NaN),
            Optional.empty());

    JsonNode document = roundTrip(ResultJson.waveComparison(comparison));

    assertThat(document.get("paired").isNull()).isTrue();
    assertThat(document.get("independent").get("ci95").isNull()).isTrue();
    assertThat(document.get("independent").get("welchDf").isNull()).isTrue();
  }

  @Test
  void writesExactlyOneDocumentEndedByALineBreak() throws IOException {
    StringWriter out = new StringWriter();
    ResultJson.write(MAPPER.createObjectNode().put("n", 1), out);

    assertThat(out.toString()).endsWith(System.lineSeparator());
    assertThat(MAPPER.readTree(out.toString()).get("n").intValue()).isEqualTo(1);
  }
}
