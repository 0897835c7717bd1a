package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/researchers.md: a strategy selected by name changes the red thread. */
class ResearcherStrategyTest {

  private final WishMap map = map(true, 1, "a", "b");

  /*
   * Rescaled (imp, sat) and the respondent urgencies of both strategies:
   *        a            default       gap     b              default   gap
   *   r1   (1, 0)       1             1       (0.75, 0.5)    0.375     0.25
   *   r2   (0.5, 0.5)   0.25          0       (0.75, 0.5)    0.375     0.25
   *   r3   (0.5, 0.5)   0.25          0       (0.75, 0.5)    0.375     0.25
   * default (mean): a 0.5 before b 0.375. gap (median): b 0.25 before a 0.
   */
  private final List<WishMapResponse> responses =
      List.of(
          respondent("r1").imp("a", 5, "b", 4).sat("a", 1, "b", 3).top("a").build(),
          respondent("r2").imp("a", 3, "b", 4).sat("a", 3, "b", 3).top("b").build(),
          respondent("r3").imp("a", 3, "b", 4).sat("a", 3, "b", 3).top("a").build());

  @Test
  void theGapStrategyIsUsedWhenSelectedByName() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            responses,
            RedThreadOptions.defaults()
                .withAudience(Audience.rawData(1))
                .withUrgencyStrategy("gap"));
    assertThat(thread.values()).extracting(ValueFigures::code).containsExactly("b", "a");
    assertThat(thread.values().get(0).urgency()).isCloseTo(0.25, within(1e-12));
    assertThat(thread.values().get(1).urgency()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void theDefaultStrategyRanksTheSameAnswersOtherwise() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map, responses, RedThreadOptions.defaults().withAudience(Audience.rawData(1)));
    assertThat(thread.values()).extracting(ValueFigures::code).containsExactly("a", "b");
    assertThat(thread.values().get(0).urgency()).isCloseTo(0.5, within(1e-12));
    assertThat(thread.values().get(1).urgency()).isCloseTo(0.375, within(1e-12));
  }
}
