package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WishSuggesterTest {
  private static final WishMapId ID = new WishMapId("wm");
  private static final WishMap DEFAULTS =
      ValueCatalogue.defaults()
          .wishMap(ID, List.of("contact", "greenery", "safety", "youth"), new ResponseRange(1, 5));

  private static List<String> suggested(WishSuggester suggester, String wish) {
    return suggester.suggest(wish).stream().map(WishSuggester.Suggestion::value).toList();
  }

  @Test
  void findsDutchAndEnglishLexiconWordsWhateverTheirCaseAndAccents() {
    WishSuggester suggester = WishSuggester.of(DEFAULTS, WishKeywords.none(ID));

    assertThat(suggested(suggester, "Meer BOMEN en een speeltuin voor de kinderen"))
        .containsExactly("greenery", "youth");
    assertThat(suggested(suggester, "More trees, please")).containsExactly("greenery");
    assertThat(suggested(suggester, "Een veiligere oversteek bij school"))
        .containsExactly("safety", "youth");
    assertThat(suggested(suggester, "Ontmoetingsplek in het café")).containsExactly("contact");
  }

  @Test
  void stemsKeywordsButMatchesShortOnesWhole() {
    assertThat(WishSuggester.matches("bloemetjes", "bloemen")).isTrue();
    assertThat(WishSuggester.matches("veilige", "veiligheid")).isTrue();
    assertThat(WishSuggester.matches("sayings", "say")).isFalse();
    assertThat(WishSuggester.matches("say", "say")).isTrue();
    assertThat(WishSuggester.words("Één café, twee Straßen!"))
        .containsExactly("een", "cafe", "twee", "straßen");
  }

  @Test
  void usesTheLabelsOfValuesOutsideTheLexiconAndTheCoordinatorsKeywords() {
    WishMap map =
        WishMap.of(
            ID,
            List.of(
                new Value("square", new Text("Het Dorpsplein", "The village square")),
                new Value("club", new Text("Voetbalclub", "Football club")),
                new Value("quiet", new Text("Rust", "Quiet"))),
            new ResponseRange(1, 5));
    WishKeywords keywords = new WishKeywords(ID, Map.of("club", List.of("VV Oranje", "kantine")));
    WishSuggester suggester = WishSuggester.of(map, keywords);

    assertThat(suggested(suggester, "Bankjes op het dorpsplein")).containsExactly("square");
    assertThat(suggested(suggester, "Een nieuwe kantine bij vv oranje")).containsExactly("club");
    assertThat(suggester.suggest("Een nieuwe kantine bij vv oranje").get(0).keywords())
        .containsExactly("vv oranje", "kantine");
    assertThat(suggested(suggester, "Oranje bloemen")).isEmpty();
  }

  @Test
  void suggestsNothingForAWishWithoutKeywords() {
    assertThat(WishSuggester.of(DEFAULTS, WishKeywords.none(ID)).suggest("Geen idee")).isEmpty();
  }

  @Test
  void theLexiconCoversEveryDefaultValue() {
    assertThat(WishSuggester.lexicon().keySet())
        .containsExactlyElementsOf(ValueCatalogue.DEFAULT_CODES);
  }

  @Test
  void aWishIdIsTheResponseIdAndPositionNeverThePseudonym() {
    assertThat(WishId.parse("17-2")).isEqualTo(new WishId(17, 2));
    assertThat(new WishId(17, 2).value()).isEqualTo("17-2");
    for (String bad : List.of("17", "17-0", "0-1", "x-1", "017-1", "17-2-3", "-1-2")) {
      assertThatThrownBy(() -> WishId.parse(bad)).isInstanceOf(ValidationException.class);
    }
  }
}
