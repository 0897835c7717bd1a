package io.cohesion.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {
  private static final Problem DOWN = Problem.of(503, "down", "Down", "the store does not answer");

  @Test
  void extensionMembersTravelWithTheProblem() {
    ProblemException e = new ProblemException(DOWN, Map.of(), Map.of("store", Map.of("kind", "x")));

    assertThat(e.members()).containsOnlyKeys("store");
    assertThat(new ProblemException(DOWN).members()).isEmpty();
  }

  @Test
  void anExtensionMayNotReplaceAStandardMember() {
    for (String name : new String[] {"type", "title", "status", "detail", "errors", "instance"}) {
      assertThatThrownBy(() -> new ProblemException(DOWN, Map.of(), Map.of(name, "DOWN")))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
  }
}
