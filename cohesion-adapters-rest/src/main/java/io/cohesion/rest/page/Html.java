package io.cohesion.rest.page;

/**
 * Escaping for text and attribute values: labels and statements come from coordinators and may hold
 * anything, markup included.
 */
final class Html {
  private Html() {}

  /** {@code text} safe inside an element or a quoted attribute value. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
