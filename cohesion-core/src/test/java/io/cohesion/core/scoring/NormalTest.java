package io.cohesion.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.trust.Reference;
import org.junit.jupiter.api.Test;

/** The normal upper tail against R's {@code pnorm(z, lower.tail = FALSE)}, relative to 1e-10. */
class NormalTest {

  @Test
  void upperTailMatchesRFarIntoTheTail() {
    JsonNode grid = Reference.json("participation.json").get("normalUpperTail");
    assertThat(grid.size()).isGreaterThan(10);
    for (JsonNode point : grid) {
      double z = point.get("z").asDouble();
      double expected = point.get("upper").asDouble();
      assertThat(Normal.upperTail(z)).as("z = %s", z).isCloseTo(expected, within(expected * 1e-10));
      assertThat(Normal.upperTail(-z)).as("z = -%s", z).isCloseTo(1 - expected, within(1e-15));
    }
  }

  @Test
  void twoSidedDoublesTheTail() {
    assertThat(Normal.twoSided(-1.959963984540054)).isCloseTo(0.05, within(1e-15));
    assertThat(Normal.twoSided(0)).isEqualTo(1);
  }
}
