package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleDataTest {

  static final double NA = Double.NaN;

  static Scale scale(int minAnswered) {
    return new Scale(
        new ScaleId("trust"),
        Text.of("trust"),
        new ResponseRange(1, 5),
        minAnswered,
        List.of(Item.of("T1"), new Item("T2", Text.of("T2"), true), Item.of("T3")));
  }

  @Test
  void reversesReversedItemsAsMinPlusMaxMinusX() {
    ScaleData data = ScaleData.builder(scale(2)).add("a", new double[] {1, 1, 4.5}, null).build();

    assertThat(data.keyedAnswer(0, 0)).isEqualTo(1);
    assertThat(data.keyedAnswer(0, 1)).isEqualTo(5);
    assertThat(data.keyedAnswer(0, 2)).isEqualTo(4.5);
  }

  @Test
  void copiesTheAnswers() {
    double[] answers = {2, 3, 4};
    ScaleData.Builder builder = ScaleData.builder(scale(2)).add("a", answers, null);
    answers[0] = 5;

    assertThat(builder.build().keyedAnswer(0, 0)).isEqualTo(2);
  }

  @Test
  void keepsMissingAnswersMissing() {
    ScaleData data = ScaleData.builder(scale(2)).add(null, new double[] {NA, NA, 3}, null).build();

    assertThat(data.keyedAnswer(0, 1)).isNaN();
    assertThat(data.respondent(0)).isEmpty();
  }

  @Test
  void listsGroupsInKeyOrderWhateverTheOrderOfArrival() {
    ScaleData.Builder builder = ScaleData.builder(scale(2));
    String[] arrivals = {"west", "east", null, "north", "east", "10", "9"};
    for (int i = 0; i < arrivals.length; i++) {
      builder.add("r" + i, new double[] {1, 2, 3}, arrivals[i]);
    }
    ScaleData data = builder.build();

    assertThat(data.groups()).containsExactly("10", "9", "east", "north", "west");
    assertThat(data.group(0)).contains("west");
    assertThat(data.group(2)).isEmpty();
    assertThat(data.group(4)).contains("east");
    assertThat(data.isGrouped()).isTrue();
    assertThat(data.size()).isEqualTo(7);
  }

  @Test
  void growsBeyondItsFirstCapacity() {
    ScaleData.Builder builder = ScaleData.builder(scale(2), 1);
    for (int i = 0; i < 1000; i++) {
      builder.add("r" + i, new double[] {1 + i % 5, 2, 3}, null);
    }
    ScaleData data = builder.build();

    assertThat(data.size()).isEqualTo(1000);
    assertThat(data.keyedAnswer(999, 0)).isEqualTo(5);
    assertThat(data.respondent(999)).contains("r999");
  }

  @Test
  void rejectsAnAnswerOutsideTheRangeNamingTheItem() {
    ScaleData.Builder builder = ScaleData.builder(scale(2));

    assertThatThrownBy(() -> builder.add("a", new double[] {1, 6, 3}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2")
        .hasMessageContaining("6.0");
    assertThatThrownBy(() -> builder.add("a", new double[] {0.5, 2, 3}, null))
        .hasMessageContaining("T1");
    assertThatThrownBy(() -> builder.add("a", new double[] {1, 2, Double.POSITIVE_INFINITY}, null))
        .hasMessageContaining("T3")
        .hasMessageContaining("Infinity");
  }

  @Test
  void rejectsTheWrongNumberOfAnswers() {
    assertThatThrownBy(() -> ScaleData.builder(scale(2)).add("a", new double[] {1, 2}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 items")
        .hasMessageContaining("2 answers");
  }

  @Test
  void rejectsARespondentWhoAppearsTwice() {
    ScaleData.Builder builder = ScaleData.builder(scale(2)).add("a", new double[] {1, 2, 3}, null);

    assertThatThrownBy(() -> builder.add("a", new double[] {1, 2, 3}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'");
  }

  @Test
  void rejectsUseAfterBuild() {
    ScaleData.Builder builder = ScaleData.builder(scale(2));
    builder.build();

    assertThatThrownBy(() -> builder.add("a", new double[] {1, 2, 3}, null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readsMeasurementResponsesWithTheirGroup() {
    List<MeasurementResponse> responses =
        List.of(
            new MeasurementResponse(
                new Pseudonym("h1"), Map.of("T1", 4.0, "T2", 2.0), Map.of("street", "Dorpsstraat")),
            new MeasurementResponse(new Pseudonym("h2"), Map.of("T3", 1.0), Map.of()));

    ScaleData data = ScaleData.of(scale(2), responses, "street");

    assertThat(data.size()).isEqualTo(2);
    assertThat(data.keyedAnswer(0, 0)).isEqualTo(4);
    assertThat(data.keyedAnswer(0, 1)).isEqualTo(4); // 1 + 5 − 2
    assertThat(data.keyedAnswer(0, 2)).isNaN();
    assertThat(data.group(0)).contains("Dorpsstraat");
    assertThat(data.group(1)).isEmpty();
    assertThat(data.respondent(1)).contains("h2");
  }

  @Test
  void rejectsAResponseToAnUnknownItem() {
    List<MeasurementResponse> responses =
        List.of(new MeasurementResponse(new Pseudonym("h1"), Map.of("X9", 4.0), Map.of()));

    assertThatThrownBy(() -> ScaleData.of(scale(2), responses, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X9");
  }
}
