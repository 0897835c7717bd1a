package io.cohesion.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A short text in Dutch and English (labels of values, items and scales).
 *
 * @param nl the Dutch text
 * @param en the English text
 */
@API(status = STABLE, since = "0.1.0")
public record Text(String nl, String en) {
  public Text {
    requireNonNull(nl, "nl");
    requireNonNull(en, "en");
    if (nl.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException(
          "a text needs both nl and en, got nl='" + nl + "' en='" + en + "'");
    }
  }

  /** The same text in both languages, for example a code used as its own label. */
  public static Text of(String both) {
    return new Text(both, both);
  }

  /** The text in the given language: Dutch for {@code nl}, English otherwise. */
  public String in(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? nl : en;
  }
}
