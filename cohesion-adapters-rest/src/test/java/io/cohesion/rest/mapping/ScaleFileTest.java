package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ScaleFileTest {

  private static Scale read(String json) throws IOException {
    return ScaleFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scale.json");
  }

  private static FileFormatException failure(ThrowingCallable call) {
    try {
      call.call();
    } catch (FileFormatException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("expected a FileFormatException, got " + e, e);
    }
    throw new AssertionError("expected a FileFormatException, got none");
  }

  @Test
  void readsAFullScaleFile() throws IOException {
    Scale scale =
        read(
            """
            {"id": "cohesion", "name": {"nl": "Samenhang", "en": "Cohesion"},
             "response": {"min": 1, "max": 5}, "minAnswered": 2,
             "items": [
               {"id": "SC1", "text": {"nl": "Hulp", "en": "Help"}, "reverse": false},
               {"id": "SC2", "text": {"nl": "Ruzie", "en": "Quarrels"}, "reverse": true},
               {"id": "SC3", "text": {"nl": "Vertrouwen", "en": "Trust"}}]}
            """);

    assertThat(scale.id().value()).isEqualTo("cohesion");
    assertThat(scale.name()).isEqualTo(new Text("Samenhang", "Cohesion"));
    assertThat(scale.response()).isEqualTo(new ResponseRange(1, 5));
    assertThat(scale.minAnswered()).isEqualTo(2);
    assertThat(scale.items())
        .containsExactly(
            new Item("SC1", new Text("Hulp", "Help"), false),
            new Item("SC2", new Text("Ruzie", "Quarrels"), true),
            new Item("SC3", new Text("Vertrouwen", "Trust"), false));
  }

  @Test
  void everyOptionalFieldHasItsDefault() throws IOException {
    Scale scale =
        read(
            """
            {"id": "s", "response": {"min": 0, "max": 10},
             "items": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}, {"id": "e"}]}
            """);

    assertThat(scale.name()).isEqualTo(Text.of("s"));
    assertThat(scale.minAnswered()).as("half of 5 items, rounded up").isEqualTo(3);
    assertThat(scale.items()).allSatisfy(item -> assertThat(item.reverse()).isFalse());
    assertThat(scale.items().get(0).text()).isEqualTo(Text.of("a"));
  }

  @Test
  void aLabelInOneLanguageServesForBoth() throws IOException {
    Scale scale =
        read(
            """
            {"id": "s", "name": {"en": "Trust"}, "response": {"min": 1, "max": 5},
             "items": [{"id": "a", "text": {"nl": "Hulp"}}, {"id": "b", "text": "Plain"}]}
            """);

    assertThat(scale.name()).isEqualTo(Text.of("Trust"));
    assertThat(scale.items().get(0).text()).isEqualTo(Text.of("Hulp"));
    assertThat(scale.items().get(1).text()).isEqualTo(Text.of("Plain"));
  }

  @Test
  void unknownFieldsAreIgnored() throws IOException {
    Scale scale =
        read(
            """
            {"id": "s", "source": "Sampson 1997", "response": {"min": 1, "max": 5, "step": 1},
             "items": [{"id": "a", "weight": 2}, {"id": "b"}], "extra": {"x": [1, 2]}}
            """);

    assertThat(scale.items()).extracting(Item::id).containsExactly("a", "b");
  }

  @Test
  void namesEveryMissingRequiredFieldWithItsPathAndTheFile() {
    FileFormatException e =
        failure(() -> read("{\"items\": [{\"id\": \"a\"}, {\"text\": \"b\"}, {\"id\": \"c\"}]}"));

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder("id: missing", "response: missing", "items[1].id: missing");
    assertThat(e.source()).isEqualTo("scale.json");
    assertThat(e.getMessage()).startsWith("scale.json: ").contains("items[1].id: missing");
  }

  @Test
  void namesFieldsOfTheWrongType() {
    FileFormatException e =
        failure(
            () ->
                read(
                    """
                    {"id": 7, "response": {"min": "one", "max": 5}, "minAnswered": 1.5,
                     "items": [{"id": "a", "reverse": "yes"}, {"id": "b"}]}
                    """));

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "id: must be a string, got 7",
            "response.min: must be a number, got \"one\"",
            "minAnswered: must be a whole number, got 1.5",
            "items[0].reverse: must be true or false, got \"yes\"");
  }

  @Test
  void turnsTheRulesOfTheCoreTypesIntoFieldErrors() {
    FileFormatException e =
        failure(
            () ->
                read(
                    """
                    {"id": "bad id", "response": {"min": 5, "max": 1},
                     "items": [{"id": "a"}, {"id": "a"}, {"id": "-x"}]}
                    """));

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("id", "response", "items[1].id", "items[2].id");
    assertThat(e.getMessage())
        .contains("'bad id'")
        .contains("min < max")
        .contains("items[1].id: 'a' is already the id of items[0]")
        .contains("'-x'");
  }

  @Test
  void minAnsweredMustFitTheItems() {
    FileFormatException e =
        failure(
            () ->
                read(
                    """
                    {"id": "s", "response": {"min": 1, "max": 5}, "minAnswered": 3,
                     "items": [{"id": "a"}, {"id": "b"}]}
                    """));

    assertThat(e.getMessage())
        .isEqualTo("scale.json: minAnswered: must be between 1 and the number of items (2), got 3");
  }

  @Test
  void aScaleNeedsAnItem() {
    FileFormatException e =
        failure(
            () -> read("{\"id\": \"s\", \"response\": {\"min\": 1, \"max\": 5}, \"items\": []}"));

    assertThat(e.getMessage()).contains("items: a scale needs at least 1 item, got 0");
  }

  @Test
  void aScaleOfOneItemIsRead() throws Exception {
    Scale scale =
        read(
            """
            {"id": "ess-trust", "response": {"min": 0, "max": 10},
             "items": [{"id": "trust", "reverse": false}]}
            """);

    assertThat(scale.size()).isEqualTo(1);
    assertThat(scale.minAnswered()).isEqualTo(1);
  }

  @Test
  void malformedJsonNamesItsLine() {
    FileFormatException e = failure(() -> read("{\"id\": \"s\",\n \"items\": [}"));

    assertThat(e.getMessage()).startsWith("scale.json: line 2, column ").contains("not valid JSON");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    assertThat(failure(() -> read("[1, 2]")).getMessage())
        .isEqualTo("scale.json: document: must be a JSON object, got an array");
    assertThat(failure(() -> read("   ")).getMessage())
        .isEqualTo("scale.json: document: the file is empty");
  }

  @Test
  void duplicateKeysAreRefusedRatherThanSilentlyOverwritten() {
    assertThat(failure(() -> read("{\"id\": \"a\", \"id\": \"b\"}")).getMessage())
        .contains("not valid JSON")
        .contains("id");
  }

  @Test
  void anEmptyLabelObjectIsAnError() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    {"id": "s", "name": {}, "response": {"min": 1, "max": 5},
                     "items": [{"id": "a"}, {"id": "b"}]}
                    """))
        .isInstanceOf(FileFormatException.class)
        .hasMessage("scale.json: name: needs nl or en");
  }
}
