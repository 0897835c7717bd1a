package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WishMapFileTest {

  private static WishMap read(String json) throws IOException {
    return WishMapFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "map.json");
  }

  private static FileFormatException failure(String json) {
    return catchThrowableOfType(FileFormatException.class, () -> read(json));
  }

  @Test
  void readsAFullWishMapFile() throws IOException {
    WishMap map =
        read(
            """
            {"id": "nij-beets",
             "values": [{"code": "contact", "label": {"nl": "Contact", "en": "Contact"}},
                        {"code": "safety", "label": {"nl": "Veiligheid", "en": "Safety"}},
                        {"code": "green", "label": {"nl": "Groen", "en": "Greenery"}}],
             "importanceScale": {"min": 1, "max": 5}, "satisfactionScale": {"min": 1, "max": 10},
             "topChoices": 2, "segments": ["household", "street"],
             "mobilisation": {"networks": ["play-week", "football"], "channels": ["flyer"]}}
            """);

    assertThat(map.id().value()).isEqualTo("nij-beets");
    assertThat(map.values())
        .containsExactly(
            new Value("contact", Text.of("Contact")),
            new Value("safety", new Text("Veiligheid", "Safety")),
            new Value("green", new Text("Groen", "Greenery")));
    assertThat(map.importanceScale()).contains(new ResponseRange(1, 5));
    assertThat(map.satisfactionScale()).contains(new ResponseRange(1, 10));
    assertThat(map.topChoices()).isEqualTo(2);
    assertThat(map.segments()).containsExactly("household", "street");
    assertThat(map.mobilisation())
        .isEqualTo(
            new Mobilisation(
                List.of(), List.of("play-week", "football"), List.of("flyer"), List.of()));
  }

  @Test
  void everyOptionalFieldHasItsDefault() throws IOException {
    WishMap map =
        read(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}, {"code": "c"}, {"code": "d"}],
             "importanceScale": {"min": 1, "max": 5}}
            """);

    assertThat(map.values().get(0).label()).isEqualTo(Text.of("a"));
    assertThat(map.satisfactionScale()).isEqualTo(Optional.empty());
    assertThat(map.topChoices()).isEqualTo(3);
    assertThat(map.segments()).isEmpty();
    assertThat(map.mobilisation()).isEqualTo(Mobilisation.none());
  }

  @Test
  void theDefaultTopChoicesNeverExceedTheValues() throws IOException {
    WishMap map =
        read(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5}}
            """);

    assertThat(map.topChoices()).isEqualTo(2);
  }

  @Test
  void aLabelInOneLanguageServesForBoth() throws IOException {
    WishMap map =
        read(
            """
            {"id": "m", "values": [{"code": "a", "label": {"nl": "Rust"}}, {"code": "b", "label": "B"}],
             "importanceScale": {"min": 1, "max": 5}}
            """);

    assertThat(map.values())
        .extracting(Value::label)
        .containsExactly(Text.of("Rust"), Text.of("B"));
  }

  @Test
  void aMapMayAskSatisfactionOnly() throws IOException {
    WishMap map =
        read(
            """
            {"id": "grades", "values": [{"code": "a"}, {"code": "b"}],
             "satisfactionScale": {"min": 1, "max": 10}}
            """);

    assertThat(map.importanceScale()).isEmpty();
    assertThat(map.asksImportance()).isFalse();
    assertThat(map.satisfactionScale()).contains(new ResponseRange(1, 10));
  }

  @Test
  void unknownFieldsAreIgnored() throws IOException {
    WishMap map =
        read(
            """
            {"id": "m", "version": 3, "values": [{"code": "a", "colour": "red"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5, "labels": ["low", "high"]}}
            """);

    assertThat(map.values()).extracting(Value::code).containsExactly("a", "b");
  }

  @Test
  void namesEveryMissingRequiredField() {
    FileFormatException e = failure("{\"values\": [{\"code\": \"a\"}, {\"label\": \"b\"}]}");

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "id: missing",
            "importanceScale: missing: a wish map asks importance, satisfaction or both; give"
                + " importanceScale, satisfactionScale or both",
            "values[1].code: missing");
    assertThat(e.getMessage()).startsWith("map.json: ");
  }

  @Test
  void namesBadFieldsWithTheirPath() {
    FileFormatException e =
        failure(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "a"}, {"code": "c"}],
             "importanceScale": {"min": 1}, "satisfactionScale": [1, 5],
             "topChoices": "three", "segments": ["household", 4]}
            """);

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "values[1].code: 'a' is already the code of values[0]",
            "importanceScale.max: missing",
            "satisfactionScale: must be an object, got an array",
            "topChoices: must be a whole number, got \"three\"",
            "segments[1]: must be a string, got 4");
  }

  @Test
  void aSegmentColumnMayDeclareItsValuesWithLabels() throws IOException {
    WishMap map =
        read(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5},
             "segments": ["street",
               {"column": "household", "label": {"nl": "huishouden", "en": "household"},
                "values": [{"code": "young_parents", "label": {"nl": "jonge ouders"}},
                           {"code": "others"}]}]}
            """);

    assertThat(map.segments()).containsExactly("street", "household");
    assertThat(map.declaration("street")).isEmpty();
    var household = map.declaration("household").orElseThrow();
    assertThat(household.codes()).containsExactly("young_parents", "others");
    assertThat(household.value("young_parents").orElseThrow().label().en())
        .isEqualTo("jonge ouders");
  }

  @Test
  void aDeclaredSegmentColumnNamesItsBadFields() {
    FileFormatException e =
        failure(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5},
             "segments": [{"column": "household"},
                          {"column": "area", "values": [{"code": "x"}, {"code": "x"}]}]}
            """);

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "segments[0].values: missing",
            "segments[1].values[1].code: 'x' is already the code of segments[1].values[0]");
  }

  @Test
  void topChoicesMustFitTheValues() {
    FileFormatException e =
        failure(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5}, "topChoices": 3}
            """);

    assertThat(e.getMessage())
        .isEqualTo("map.json: topChoices: must be between 1 and the number of values (2), got 3");
  }

  @Test
  void reservedSegmentColumnsAreRefusedByTheCoreRules() {
    FileFormatException e =
        failure(
            """
            {"id": "m", "values": [{"code": "a"}, {"code": "b"}],
             "importanceScale": {"min": 1, "max": 5}, "segments": ["imp.a"]}
            """);

    assertThat(e.getMessage()).startsWith("map.json: document: ").contains("'imp.a'");
  }
}
