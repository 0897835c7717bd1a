package io.cohesion.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every figure of the core API against R on the data sets of {@code src/test/r/crosscheck.R}: scale
 * scores, reliability, group reliability and the group table (docs/scoring.md#51-scales,
 * docs/privacy.md), wave comparisons (§5.4) and the red thread (§5.3), to 1e-6, with undefined
 * figures null in both.
 */
class CrossCheckTest {

  @TestFactory
  Stream<DynamicTest> everyFigureMatchesR() {
    return CrossCheckData.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("command").asText() + " " + c.get("name").asText(),
                    () -> {
                      JsonNode actual = run(c);
                      if (c.get("command").asText().equals("red-thread")) {
                        JsonFigures.acceptSuppression(c.get("expected"), actual);
                      }
                      List<String> differences = JsonFigures.differences(c.get("expected"), actual);
                      assertThat(differences)
                          .as("figures of %s that differ from R", c.get("name").asText())
                          .isEmpty();
                    }));
  }

  static JsonNode run(JsonNode c) {
    switch (c.get("command").asText()) {
      case "score" -> {
        Scale scale = CrossCheckData.scale(c.get("scale").asText());
        String groupBy = c.get("groupBy").isNull() ? null : c.get("groupBy").asText();
        return SpecDocuments.score(
            ScaleScoring.score(
                CrossCheckData.scaleData(scale, c.get("data").asText(), groupBy),
                new SmallGroupRule(c.get("kMin").asInt())));
      }
      case "compare" -> {
        Scale scale = CrossCheckData.scale(c.get("scale").asText());
        return SpecDocuments.compare(
            CompareWaves.compare(
                CrossCheckData.scaleData(scale, c.get("before").asText(), null),
                CrossCheckData.scaleData(scale, c.get("after").asText(), null)));
      }
      case "red-thread" -> {
        WishMap map = CrossCheckData.wishMap(c.get("wishMap").asText());
        List<String> segments = new ArrayList<>();
        c.get("segments").forEach(s -> segments.add(s.asText()));
        RedThreadOptions options =
            RedThreadOptions.defaults()
                .withSegmentColumns(segments)
                // every figure, unsuppressed: what is released is the disclosure policy's
                // decision (tested in io.cohesion.core.privacy), the figures are R's
                .withAudience(Audience.rawData(1))
                .withBootstrap(c.get("bootstrap").asInt());
        return SpecDocuments.redThread(
            RedThreadAnalysis.analyse(
                map, CrossCheckData.responses(map, c.get("data").asText()), options));
      }
      default -> throw new IllegalStateException("unknown command in " + c);
    }
  }
}
