package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Keywords a coordinator declares for a wish map's values, on top of the labels and the default
 * lexicon, so that the suggestions for coding wishes know the neighbourhood's own words (a street,
 * a club, a square): per value code, words or short phrases in any language.
 *
 * @param map the wish map
 * @param keywords per value code, its keywords (each 1–60 characters, at most 50 per value)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record WishKeywords(WishMapId map, Map<String, List<String>> keywords) {
  /** The most keywords one value may have. */
  public static final int MAX_PER_VALUE = 50;

  /** The longest keyword. */
  public static final int MAX_LENGTH = 60;

  public WishKeywords {
    requireNonNull(map, "map");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    requireNonNull(keywords, "keywords")
        .forEach(
            (code, words) -> {
              Identifiers.check("value code", code);
              List<String> list = List.copyOf(words);
              if (list.size() > MAX_PER_VALUE) {
                throw new IllegalArgumentException(
                    "value "
                        + code
                        + " has "
                        + list.size()
                        + " keywords, more than "
                        + MAX_PER_VALUE);
              }
              for (String word : list) {
                if (word.isBlank() || word.length() > MAX_LENGTH) {
                  throw new IllegalArgumentException(
                      "a keyword of value "
                          + code
                          + " has 1 to "
                          + MAX_LENGTH
                          + " characters and is not blank, got '"
                          + word
                          + "'");
                }
              }
              copy.put(code, list);
            });
    keywords = Collections.unmodifiableMap(copy);
  }

  /** No keywords for {@code map}. */
  public static WishKeywords none(WishMapId map) {
    return new WishKeywords(map, Map.of());
  }

  /** The keywords of value {@code code}, empty when none are declared. */
  public List<String> of(String code) {
    return keywords.getOrDefault(code, List.of());
  }
}
