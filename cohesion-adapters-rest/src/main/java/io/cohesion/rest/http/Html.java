package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Escaping for the server-rendered pages (the resident's form, the invitation letters, the results
 * page): labels and statements come from coordinators and may hold anything, markup included.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class Html {
  private Html() {}

  /** {@code text} safe inside an element or a quoted attribute value: {@code & < > " '} escaped. */
  public static String escape(String text) {
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
