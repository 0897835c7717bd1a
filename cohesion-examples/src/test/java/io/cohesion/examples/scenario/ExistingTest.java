package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import org.junit.jupiter.api.Test;

class ExistingTest {

  @Test
  void whatTheReadReturnsIsFound() {
    assertThat(Existing.find(() -> "there")).contains("there");
  }

  @Test
  void anIdTheReadDoesNotKnowIsAbsent() {
    assertThat(
            Existing.find(
                () -> {
                  throw new NotFoundException("neighbourhood", "nowhere");
                }))
        .isEmpty();
  }

  @Test
  void anyOtherFailurePassesThrough() {
    assertThatThrownBy(
            () ->
                Existing.find(
                    () -> {
                      throw ValidationException.of("id", "blank");
                    }))
        .isInstanceOf(ValidationException.class);
  }
}
