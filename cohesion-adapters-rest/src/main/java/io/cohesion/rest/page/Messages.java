package io.cohesion.rest.page;

import io.cohesion.core.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts of the form's pages in Dutch and English, from the class path. */
final class Messages {
  private static final String FOLDER = "/io/cohesion/rest/form/";
  private static final Properties NL = load("messages-nl.properties");
  private static final Properties EN = load("messages-en.properties");

  private Messages() {}

  /** The text under {@code key} in both languages, with {@code {0}}, {@code {1}}… filled in. */
  static Text text(String key, Object... args) {
    return new Text(fill(get(NL, key), args), fill(get(EN, key), args));
  }

  /** The text under {@code key} in {@code lang}. */
  static String in(Lang lang, String key, Object... args) {
    return fill(get(lang == Lang.NL ? NL : EN, key), args);
  }

  private static String get(Properties texts, String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no form text '" + key + "'");
    }
    return text;
  }

  private static String fill(String text, Object... args) {
    String filled = text;
    for (int i = 0; i < args.length; i++) {
      filled = filled.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return filled;
  }

  private static Properties load(String name) {
    Properties texts = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the class path");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
