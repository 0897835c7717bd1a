package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeenRespondentsTest {
  @Test
  void tellsANewRespondentFromOneMetBefore() {
    SeenRespondents index = new SeenRespondents();

    assertThat(index.add("alice")).isTrue();
    assertThat(index.add("bob")).isTrue();
    assertThat(index.add("alice")).isFalse();
    assertThat(index.add("")).isTrue();
    assertThat(index.add("")).isFalse();
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void givesTheNumberARespondentWasFirstRecordedWith() {
    SeenRespondents index = new SeenRespondents();

    assertThat(index.putIfAbsent("h1", 2)).isEqualTo(SeenRespondents.ABSENT);
    assertThat(index.putIfAbsent("h2", 3)).isEqualTo(SeenRespondents.ABSENT);
    assertThat(index.putIfAbsent("h1", 7)).isEqualTo(2);
    assertThat(index.putIfAbsent("h1", 9)).as("the first number stays").isEqualTo(2);
    assertThat(index.putIfAbsent("h2", 0)).isEqualTo(3);
    assertThatThrownBy(() -> index.putIfAbsent("h3", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsApartRespondentsThatDifferOnlyInOrderCaseOrLength() {
    SeenRespondents index = new SeenRespondents();
    List<String> close =
        List.of("ab", "ba", "AB", "a", "ab\0", "aab", "r1", "r10", "r01", "é", "e\u0301", "😀");

    for (String respondent : close) {
      assertThat(index.add(respondent)).as(respondent).isTrue();
    }
    for (String respondent : close) {
      assertThat(index.add(respondent)).as(respondent).isFalse();
    }
  }

  @Test
  void holdsManyRespondentsAndTheirNumbersThroughEveryGrowth() {
    SeenRespondents index = new SeenRespondents();
    SplittableRandom random = new SplittableRandom(11);
    List<String> respondents = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      respondents.add(
          i % 2 == 0
              ? "r" + i
              : HexFormat.of().toHexDigits(random.nextLong())
                  + HexFormat.of().toHexDigits(random.nextLong()));
    }

    for (int i = 0; i < respondents.size(); i++) {
      assertThat(index.putIfAbsent(respondents.get(i), i)).isEqualTo(SeenRespondents.ABSENT);
    }
    for (int i = 0; i < respondents.size(); i++) {
      assertThat(index.putIfAbsent(respondents.get(i), 0)).isEqualTo(i);
    }
    assertThat(index.size()).isEqualTo(respondents.size());
  }
}
