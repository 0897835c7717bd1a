package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RespondentSetTest {
  @Test
  void tellsANewRespondentFromOneMetBefore() {
    RespondentSet set = new RespondentSet();

    assertThat(set.add("alice")).isTrue();
    assertThat(set.add("bob")).isTrue();
    assertThat(set.add("alice")).isFalse();
    assertThat(set.add("")).isTrue();
    assertThat(set.add("")).isFalse();
    assertThat(set.size()).isEqualTo(3);
  }

  @Test
  void keepsApartRespondentsThatDifferOnlyInOrderCaseOrLength() {
    RespondentSet set = new RespondentSet();
    List<String> close =
        List.of("ab", "ba", "AB", "a", "ab\0", "aab", "r1", "r10", "r01", "é", "e\u0301", "😀");

    for (String respondent : close) {
      assertThat(set.add(respondent)).as(respondent).isTrue();
    }
    for (String respondent : close) {
      assertThat(set.add(respondent)).as(respondent).isFalse();
    }
  }

  @Test
  void holdsManyRespondentsThroughEveryGrowth() {
    RespondentSet set = new RespondentSet();
    SplittableRandom random = new SplittableRandom(11);
    List<String> respondents = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      respondents.add(
          i % 2 == 0
              ? "r" + i
              : HexFormat.of().toHexDigits(random.nextLong())
                  + HexFormat.of().toHexDigits(random.nextLong()));
    }

    for (String respondent : respondents) {
      assertThat(set.add(respondent)).isTrue();
    }
    int again = 0;
    for (String respondent : respondents) {
      if (!set.add(respondent)) {
        again++;
      }
    }

    assertThat(again).isEqualTo(respondents.size());
    assertThat(set.size()).isEqualTo(respondents.size());
  }
}
