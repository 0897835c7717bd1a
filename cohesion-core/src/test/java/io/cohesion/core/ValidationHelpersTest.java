package io.cohesion.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationHelpersTest {

  @Test
  void requireTextStripsAndKeepsLineBreaks() {
    assertThat(ValidationException.requireText("text", "  two\nlines ", 20))
        .isEqualTo("two\nlines");
  }

  @Test
  void requireTextNamesTheFieldOfAMissingBlankLongOrControlText() {
    assertThatThrownBy(() -> ValidationException.requireText("name", null, 5))
        .hasMessage("name: is required");
    assertThatThrownBy(() -> ValidationException.requireText("name", " ", 5))
        .hasMessageStartingWith("name: must be 1-5 characters");
    assertThatThrownBy(() -> ValidationException.requireText("name", "abcdef", 5))
        .hasMessageContaining("'abcdef'");
    assertThatThrownBy(() -> ValidationException.requireText("name", "a\u0000b", 5))
        .hasMessageStartingWith("name: must not hold control characters");
    assertThat(ValidationException.requireText("name", "abcde", 5)).isEqualTo("abcde");
  }

  @Test
  void requireThrowsOnlyWhenTheRuleIsBroken() {
    ValidationException.require(true, "x", "never");
    assertThatThrownBy(() -> ValidationException.require(false, "x", "broken"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).containsExactly(new FieldError("x", "broken")));
  }
}
