package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Suggests which values a wish may be coded to, by keywords in Dutch and English: a hint for the
 * coordinator, never a coding until they confirm it (docs/api.md#coding-wishes).
 *
 * <p>Each value's keywords are the words of its labels (both languages, without common short
 * words), the {@link #lexicon() default lexicon} for the codes of the default catalogue, and the
 * keywords the coordinator declared ({@link WishKeywords}). Text and keywords are compared in lower
 * case without accents ({@code café} matches {@code cafe}), a keyword matches every word that
 * starts with its stem (the keyword with one plural, noun or verb ending taken off, as long as four
 * letters are left: {@code bloemen} matches {@code bloemetjes}, {@code veiligheid} matches {@code
 * veilige}), a keyword of fewer than four letters matches only itself, and a phrase matches its
 * words in a row. Such simple stemming finds more than it should now and then; the coordinator
 * decides.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class WishSuggester {
  /** The shortest stem a keyword is cut back to; shorter keywords must match a word whole. */
  static final int MIN_STEM = 4;

  private static final Set<String> SHORT_WORDS =
      Set.of(
          "de", "het", "een", "en", "of", "in", "op", "van", "voor", "met", "tussen", "elkaar",
          "eigen", "buurt", "the", "a", "an", "and", "or", "on", "for", "with", "between", "each",
          "other", "local", "lokale", "own");

  /** Endings taken off a keyword before it is used as a prefix, longest first. */
  private static final List<String> ENDINGS =
      List.of("heden", "heid", "ingen", "ing", "ies", "es", "en", "ed", "s", "e");

  private static final Map<String, List<String>> LEXICON = lexiconOf();

  private final Map<String, List<List<String>>> keywords;
  private final Map<String, List<String>> shown;

  private WishSuggester(Map<String, List<List<String>>> keywords, Map<String, List<String>> shown) {
    this.keywords = keywords;
    this.shown = shown;
  }

  /**
   * A suggester for the values of {@code map}, with the coordinator's {@code declared} keywords.
   */
  public static WishSuggester of(WishMap map, WishKeywords declared) {
    requireNonNull(map, "map");
    requireNonNull(declared, "declared");
    Map<String, List<List<String>>> keywords = new LinkedHashMap<>();
    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (Value value : map.values()) {
      Set<String> words = new LinkedHashSet<>();
      for (String label : List.of(value.label().nl(), value.label().en())) {
        for (String word : words(label)) {
          if (!SHORT_WORDS.contains(word) && word.length() > 2) {
            words.add(word);
          }
        }
      }
      words.addAll(LEXICON.getOrDefault(value.code(), List.of()));
      for (String phrase : declared.of(value.code())) {
        List<String> parts = words(phrase);
        if (!parts.isEmpty()) {
          words.add(String.join(" ", parts));
        }
      }
      List<List<String>> phrases = new ArrayList<>();
      for (String phrase : words) {
        phrases.add(List.of(phrase.split(" ")));
      }
      keywords.put(value.code(), phrases);
      shown.put(value.code(), List.copyOf(words));
    }
    return new WishSuggester(keywords, shown);
  }

  /**
   * A value a wish may be coded to, with the keywords that matched.
   *
   * @param value the value code
   * @param keywords the matched keywords, as the suggester compares them (lower case, no accents)
   */
  public record Suggestion(String value, List<String> keywords) {
    public Suggestion {
      requireNonNull(value, "value");
      keywords = List.copyOf(keywords);
    }
  }

  /** The values {@code wish} may be coded to, in the map's order; empty when no keyword matches. */
  public List<Suggestion> suggest(String wish) {
    List<String> text = words(requireNonNull(wish, "wish"));
    List<Suggestion> suggestions = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> value : keywords.entrySet()) {
      List<String> matched = new ArrayList<>();
      for (List<String> phrase : value.getValue()) {
        if (contains(text, phrase)) {
          matched.add(String.join(" ", phrase));
        }
      }
      if (!matched.isEmpty()) {
        suggestions.add(new Suggestion(value.getKey(), matched));
      }
    }
    return suggestions;
  }

  /** Every value's keywords as the suggester uses them, in the map's order. */
  public Map<String, List<String>> keywords() {
    return Collections.unmodifiableMap(shown);
  }

  /**
   * The default lexicon: per code of the default catalogue, a few everyday words in Dutch and
   * English (docs/api.md#coding-wishes lists them).
   */
  public static Map<String, List<String>> lexicon() {
    return LEXICON;
  }

  private static boolean contains(List<String> text, List<String> phrase) {
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      boolean all = true;
      for (int j = 0; j < phrase.size() && all; j++) {
        all = matches(text.get(start + j), phrase.get(j));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of a wish matches one word of a keyword. */
  static boolean matches(String word, String keyword) {
    String stem = stem(keyword);
    if (stem.length() < MIN_STEM) {
      return word.equals(keyword);
    }
    return word.startsWith(stem);
  }

  /** {@code keyword} without its last ending, if at least {@link #MIN_STEM} letters are left. */
  static String stem(String keyword) {
    for (String ending : ENDINGS) {
      if (keyword.endsWith(ending) && keyword.length() - ending.length() >= MIN_STEM) {
        return keyword.substring(0, keyword.length() - ending.length());
      }
    }
    return keyword;
  }

  /**
   * The words of {@code text}: lower case, accents removed, split at everything but letters and
   * digits.
   */
  static List<String> words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static Map<String, List<String>> lexiconOf() {
    Map<String, List<String>> lexicon = new LinkedHashMap<>();
    lexicon.put(
        "contact",
        List.of(
            "ontmoeten",
            "ontmoeting",
            "buren",
            "samen",
            "kennismaken",
            "buurthuis",
            "koffie",
            "meet",
            "meeting",
            "neighbours",
            "neighbors",
            "together",
            "coffee",
            "community"));
    lexicon.put(
        "care",
        List.of(
            "zorg",
            "zorgen",
            "helpen",
            "hulp",
            "ouderen",
            "eenzaam",
            "mantelzorg",
            "care",
            "help",
            "elderly",
            "lonely",
            "support"));
    lexicon.put(
        "safety",
        List.of(
            "veilig",
            "veiligheid",
            "verlichting",
            "inbraak",
            "verkeer",
            "drempel",
            "safe",
            "safety",
            "lighting",
            "burglary",
            "traffic",
            "speeding"));
    lexicon.put(
        "greenery",
        List.of(
            "groen", "bomen", "boom", "planten", "tuin", "bloemen", "natuur", "green", "trees",
            "tree", "plants", "garden", "flowers", "nature"));
    lexicon.put(
        "health",
        List.of(
            "gezond",
            "gezondheid",
            "sport",
            "bewegen",
            "wandelen",
            "fietsen",
            "health",
            "healthy",
            "exercise",
            "walking",
            "cycling"));
    lexicon.put(
        "fun",
        List.of(
            "feest",
            "plezier",
            "spelletjes",
            "muziek",
            "festival",
            "party",
            "fun",
            "games",
            "music"));
    lexicon.put(
        "youth",
        List.of(
            "kinderen",
            "kind",
            "jeugd",
            "jongeren",
            "speeltuin",
            "school",
            "spelen",
            "children",
            "kids",
            "youth",
            "playground",
            "play"));
    lexicon.put(
        "affordability",
        List.of(
            "betaalbaar",
            "huur",
            "energierekening",
            "kosten",
            "goedkoop",
            "affordable",
            "rent",
            "bill",
            "costs",
            "cheap"));
    lexicon.put(
        "sustainability",
        List.of(
            "duurzaam",
            "duurzaamheid",
            "zonnepanelen",
            "isolatie",
            "isoleren",
            "energie",
            "warmtepomp",
            "afval",
            "sustainable",
            "solar",
            "insulation",
            "energy",
            "heatpump",
            "waste",
            "recycling"));
    lexicon.put(
        "facilities",
        List.of(
            "winkel",
            "winkels",
            "bibliotheek",
            "huisarts",
            "bushalte",
            "voorziening",
            "shop",
            "shops",
            "library",
            "doctor",
            "facilities"));
    lexicon.put(
        "say",
        List.of(
            "inspraak",
            "meebeslissen",
            "meedenken",
            "zeggenschap",
            "zelfbeheer",
            "gemeente",
            "say",
            "decide",
            "council",
            "participation"));
    lexicon.put(
        "peace",
        List.of(
            "rust",
            "rustig",
            "stilte",
            "ruimte",
            "geluid",
            "overlast",
            "quiet",
            "calm",
            "space",
            "noise",
            "nuisance"));
    lexicon.put(
        "identity",
        List.of(
            "geschiedenis",
            "erfgoed",
            "karakter",
            "monument",
            "historie",
            "history",
            "heritage",
            "character"));
    lexicon.put(
        "business",
        List.of(
            "ondernemer",
            "ondernemers",
            "markt",
            "bakker",
            "winkeliers",
            "werkgelegenheid",
            "business",
            "market",
            "entrepreneurs",
            "shopkeepers",
            "jobs"));
    return Collections.unmodifiableMap(lexicon);
  }
}
