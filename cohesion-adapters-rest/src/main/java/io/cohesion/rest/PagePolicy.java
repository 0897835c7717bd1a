package io.cohesion.rest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The security policy of the server's pages for people (the workshop page and the results page),
 * and who may show them in a frame. By default no one may: a platform that embeds a page names its
 * own origin (docs/workshop.md, "Linking and embedding").
 */
final class PagePolicy {
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

  private final List<String> frameAncestors;

  /**
   * A policy that lets pages of {@code frameAncestors} (origins such as {@code
   * https://platform.example.nl}) show the pages in a frame; empty means none may.
   *
   * @throws IllegalArgumentException if an entry is not scheme://host[:port]
   */
  PagePolicy(List<String> frameAncestors) {
    for (String origin : frameAncestors) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "a frame ancestor is scheme://host[:port] without a path, got '" + origin + "'");
      }
    }
    this.frameAncestors = List.copyOf(frameAncestors);
  }

  /** Whether some origin may frame the pages. */
  boolean framable() {
    return !frameAncestors.isEmpty();
  }

  /**
   * The policy of a page. {@code inlineStyleAttributes} lets scripts set {@code style} attributes,
   * which the chart library's SVG output needs for its fonts; style sheets and scripts stay the
   * server's own.
   */
  String policy(boolean inlineStyleAttributes) {
    String ancestors = framable() ? String.join(" ", frameAncestors) : "'none'";
    return "default-src 'none'; script-src 'self'; style-src 'self';"
        + (inlineStyleAttributes ? " style-src-attr 'unsafe-inline';" : "")
        + " img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors "
        + ancestors
        + "; base-uri 'none'; form-action 'none'";
  }
}
