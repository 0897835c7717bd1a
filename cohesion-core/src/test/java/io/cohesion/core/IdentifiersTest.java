package io.cohesion.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
  /** The rule as the documentation writes it, to check the character-by-character test against. */
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  @Test
  void acceptsExactlyWhatTheRuleAccepts() {
    String alphabet = "aZ09._-/ é\u0000\u00e9\u0130\u212a:Ωx";
    SplittableRandom random = new SplittableRandom(11);
    int valid = 0;
    for (int test = 0; test < 20_000; test++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(0, test % 50 == 0 ? 110 : 6);
      for (int i = 0; i < length; i++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = RULE.matcher(value).matches();
      assertThat(Identifiers.isValid(value.toString())).as("'%s'", value).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).isBetween(1_000, 19_000);
  }

  @Test
  void theBoundsOfTheRule() {
    assertThat(Identifiers.isValid("a".repeat(100))).isTrue();
    assertThat(Identifiers.isValid("a".repeat(101))).isFalse();
    assertThat(Identifiers.isValid("")).isFalse();
    assertThat(Identifiers.isValid(null)).isFalse();
    assertThat(Identifiers.isValid("nij-beets_2.0")).isTrue();
    assertThat(Identifiers.isValid("-nij")).isFalse();
    assertThat(Identifiers.isValid(".nij")).isFalse();
    assertThat(Identifiers.isValid("nij beets")).isFalse();
    assertThatThrownBy(() -> Identifiers.check("id", "nij beets"))
        .hasMessageContaining("id must be 1-100 letters")
        .hasMessageContaining("'nij beets'");
  }
}
