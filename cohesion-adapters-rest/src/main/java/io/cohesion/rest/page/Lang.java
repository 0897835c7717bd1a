package io.cohesion.rest.page;

import io.cohesion.core.Text;
import java.util.Locale;

/** The two languages of the form: Dutch, the default, and English. */
enum Lang {
  NL("nl"),
  EN("en");

  private final String code;

  Lang(String code) {
    this.code = code;
  }

  /** The language code, as in the {@code lang} attribute and the {@code lang} query parameter. */
  String code() {
    return code;
  }

  /** The other language, for the switch. */
  Lang other() {
    return this == NL ? EN : NL;
  }

  /** {@code text} in this language. */
  String of(Text text) {
    return text.in(Locale.forLanguageTag(code));
  }

  /** The language a {@code lang} parameter asks for: English for {@code en}, Dutch otherwise. */
  static Lang of(String parameter) {
    return "en".equals(parameter) ? EN : NL;
  }
}
