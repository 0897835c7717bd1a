package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Segment values are declared, so free text never becomes a group (docs/privacy.md). */
class DeclaredSegmentsTest {
  private static final SegmentColumn HOUSEHOLD =
      new SegmentColumn(
          "household",
          new Text("huishouden", "household"),
          List.of(
              new Value("young_parents", new Text("jonge ouders", "young parents")),
              Value.of("others")));
  private static final WishMap MAP =
      new WishMap(
          new WishMapId("declared"),
          List.of(Value.of("contact"), Value.of("green")),
          new ResponseRange(1, 5),
          Optional.empty(),
          1,
          List.of("household", "street"),
          Mobilisation.none(),
          List.of(HOUSEHOLD));

  @Test
  void aDeclaredValueIsAccepted() {
    assertThat(MAP.check(answer(Map.of("household", "young_parents", "street", "anything"))))
        .isEmpty();
  }

  @Test
  void freeTextInADeclaredColumnIsRefusedWithoutBeingRepeated() {
    List<FieldError> errors =
        MAP.check(answer(Map.of("household", "Jan de Vries, Dorpsstraat 7, 06-12345678")));

    assertThat(errors).extracting(FieldError::field).containsExactly("segments.household");
    assertThat(errors.get(0).reason())
        .contains("[young_parents, others]")
        .doesNotContain("Jan de Vries");
  }

  @Test
  void segmentsAreListedInDeclaredOrder() {
    List<WishMapResponse> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(answer(Map.of("household", i < 6 ? "others" : "young_parents")));
    }

    io.cohesion.core.redthread.RedThread thread =
        io.cohesion.core.redthread.RedThreadAnalysis.analyse(
            MAP,
            answers,
            io.cohesion.core.redthread.RedThreadOptions.defaults()
                .withSegmentColumns(List.of("household"))
                .withBootstrap(0));

    // declared: young_parents, then others (key order would put others first)
    assertThat(thread.segments())
        .extracting(io.cohesion.core.redthread.SegmentFigures::value)
        .containsExactly("young_parents", "others");
  }

  @Test
  void theWithersChangeOneComponentAndCheckTheResultAsTheConstructorDoes() {
    WishMap undeclared = MAP.withDeclarations(List.of());
    assertThat(undeclared.declarations()).isEmpty();
    assertThat(undeclared.withDeclarations(List.of(HOUSEHOLD))).isEqualTo(MAP);

    WishMap wave = MAP.withId(new WishMapId("declared-2027"));
    assertThat(wave.id()).isEqualTo(new WishMapId("declared-2027"));
    assertThat(wave.withId(MAP.id())).isEqualTo(MAP);

    assertThatThrownBy(() -> MAP.withDeclarations(List.of(HOUSEHOLD, HOUSEHOLD)))
        .hasMessageContaining("'household'");
  }

  @Test
  void aDeclarationMustBeOfAColumnOfTheMapAndOnlyOnce() {
    assertThatThrownBy(
            () ->
                new WishMap(
                    MAP.id(),
                    MAP.values(),
                    MAP.importanceScale(),
                    Optional.empty(),
                    1,
                    List.of("street"),
                    Mobilisation.none(),
                    List.of(HOUSEHOLD)))
        .hasMessageContaining("'household'")
        .hasMessageContaining("not one of its segment columns");
    assertThatThrownBy(
            () ->
                new WishMap(
                    MAP.id(),
                    MAP.values(),
                    MAP.importanceScale(),
                    Optional.empty(),
                    1,
                    List.of("household"),
                    Mobilisation.none(),
                    List.of(HOUSEHOLD, HOUSEHOLD)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new SegmentColumn("household", Text.of("h"), List.of()))
        .hasMessageContaining("declares no values");
  }

  private static int next;

  private static WishMapResponse answer(Map<String, String> segments) {
    return new WishMapResponse(
        new Pseudonym("r" + next++),
        Map.of("contact", 4.0),
        Map.of(),
        List.of(),
        segments,
        Set.of(),
        OptionalInt.empty(),
        List.of());
  }
}
