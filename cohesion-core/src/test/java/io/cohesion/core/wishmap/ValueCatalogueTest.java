package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueCatalogueTest {
  private static final ResponseRange ONE_TO_FIVE = new ResponseRange(1, 5);
  private final ValueCatalogue catalogue = ValueCatalogue.defaults();

  @Test
  void theDefaultCatalogueHasTheFourteenStableCodesInOrder() {
    assertThat(catalogue.codes())
        .containsExactly(
            "contact",
            "care",
            "safety",
            "greenery",
            "health",
            "fun",
            "youth",
            "affordability",
            "sustainability",
            "facilities",
            "say",
            "peace",
            "identity",
            "business");
    assertThat(catalogue.codes()).isEqualTo(ValueCatalogue.DEFAULT_CODES);
  }

  @Test
  void everyDefaultValueHasDistinctDutchAndEnglishLabels() {
    Set<String> dutch = new HashSet<>();
    for (Value value : catalogue.values()) {
      assertThat(value.label().nl()).as(value.code()).isNotEqualTo(value.label().en());
      assertThat(dutch.add(value.label().nl())).as(value.code()).isTrue();
    }
    assertThat(catalogue.value("contact").map(Value::label))
        .contains(new Text("Contact tussen buren", "Contact between neighbours"));
  }

  @Test
  void selectsInTheOrderGiven() {
    assertThat(catalogue.select(List.of("youth", "contact")))
        .extracting(Value::code)
        .containsExactly("youth", "contact");
  }

  @Test
  void namesEveryUnknownOrRepeatedCode() {
    assertThatThrownBy(() -> catalogue.select(List.of("contact", "kontakt", "contact")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("codes[1]", "codes[2]"))
        .hasMessageContaining("'kontakt'");
  }

  @Test
  void buildsAWishMapThatChecksResponsesAgainstTheChosenValues() {
    WishMap map =
        catalogue.wishMap(
            new WishMapId("nij-beets"),
            List.of("youth", "contact", "fun", "greenery"),
            ONE_TO_FIVE,
            Optional.of(ONE_TO_FIVE));

    assertThat(map.topChoices()).isEqualTo(WishMap.DEFAULT_TOP_CHOICES);
    assertThat(map.mobilisation()).isEqualTo(MobilisationDefaults.block());
    WishMapResponse outsideTheMap =
        new WishMapResponse(
            new Pseudonym("r1"),
            Map.of("safety", 4.0),
            Map.of(),
            List.of(),
            Map.of(),
            Set.of(),
            OptionalInt.empty(),
            List.of());
    assertThat(map.check(outsideTheMap))
        .extracting(FieldError::field)
        .containsExactly("importance.safety");
  }

  @Test
  void aWishMapOfTwoValuesHasTwoTopChoices() {
    WishMap map =
        catalogue.wishMap(new WishMapId("small"), List.of("contact", "care"), ONE_TO_FIVE);

    assertThat(map.topChoices()).isEqualTo(2);
    assertThat(map.satisfactionScale()).isEmpty();
  }

  @Test
  void isReplaceable() {
    ValueCatalogue own =
        new ValueCatalogue(List.of(new Value("water", new Text("Water", "Water"))))
            .plus(new Value("dialect", new Text("Fries", "Frisian")))
            .plus(new Value("water", new Text("Water en dijken", "Water and dikes")));

    assertThat(own.codes()).containsExactly("water", "dialect");
    assertThat(own.value("water").orElseThrow().label().nl()).isEqualTo("Water en dijken");
  }

  @Test
  void rejectsAnEmptyCatalogueAndRepeatedCodes() {
    assertThatThrownBy(() -> new ValueCatalogue(List.of())).hasMessageContaining("values");
    assertThatThrownBy(() -> new ValueCatalogue(List.of(Value.of("a"), Value.of("a"))))
        .hasMessageContaining("values[1].code");
  }
}
