package io.cohesion.rest;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Html;
import io.cohesion.rest.resource.PublicResultsResource;
import io.cohesion.rest.resource.PublicResultsResource.PublicResultBody;
import io.cohesion.rest.resource.PublicResultsResource.PublicResultsBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The results page for residents at {@code /buurt/{id}}: the results their neighbourhood was shown,
 * in Dutch or ({@code ?lang=en}) English, rendered on the server so that it needs no script and no
 * key. It shows what the coordinator typed and nothing computed from answers.
 */
final class ResultsPage {
  /** The path of the page; {@code {id}} is the neighbourhood's id. */
  static final String PATH = "/buurt/{id}";

  private final PublicResultsResource results;
  private final PagePolicy policy;

  ResultsPage(PublicResultsResource results, PagePolicy policy) {
    this.results = results;
    this.policy = policy;
  }

  /** Adds the page's route; it is open, like the workshop page. */
  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, PATH, this::page);
  }

  private record Words(
      Locale locale,
      String lang,
      String title,
      String intro,
      String none,
      String privacy,
      String json,
      String languages) {}

  private static final Words NL =
      new Words(
          Locale.forLanguageTag("nl-NL"),
          "nl",
          "Wat we in de buurt al bereikten",
          "De resultaten die het initiatief met de buurt deelde, de nieuwste eerst.",
          "Er zijn nog geen resultaten gedeeld.",
          "Deze pagina toont alleen wat het initiatief zelf schreef: geen antwoorden en geen"
              + " cijfers uit enquêtes.",
          "Dezelfde resultaten als JSON",
          "Taal / Language");

  private static final Words EN =
      new Words(
          Locale.UK,
          "en",
          "What the neighbourhood has achieved so far",
          "The results the initiative shared with the neighbourhood, newest first.",
          "No results have been shared yet.",
          "This page shows only what the initiative itself wrote: no answers and no figures from"
              + " surveys.",
          "The same results as JSON",
          "Taal / Language");

  private void page(Context ctx) {
    Words words = "en".equals(ctx.queryParam("lang")) ? EN : NL;
    String id = ctx.pathParam("id");
    PublicResultsBody body;
    try {
      body = results.results(new NeighbourhoodId(id));
    } catch (IllegalArgumentException | ValidationException | NotFoundException e) {
      ctx.header("Content-Security-Policy", policy.policy(false));
      ctx.status(404).contentType("text/html;charset=utf-8").result(notFound(words));
      return;
    }
    ctx.header("Content-Security-Policy", policy.policy(false));
    if (policy.framable()) {
      ctx.removeHeader("X-Frame-Options");
    }
    ctx.contentType("text/html;charset=utf-8").result(render(words, body));
  }

  private static String notFound(Words words) {
    String text = words == EN ? "No such neighbourhood." : "Deze buurt bestaat niet.";
    return "<!doctype html>\n<html lang=\""
        + words.lang()
        + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + text
        + "</title>\n<link rel=\"stylesheet\" href=\"/workshop/workshop.css\">\n</head>\n"
        + "<body class=\"public\">\n<main class=\"public-main\">\n<h1>"
        + text
        + "</h1>\n</main>\n</body>\n</html>\n";
  }

  static String render(Words words, PublicResultsBody body) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", words.locale());
    String self = "/buurt/" + Html.escape(body.neighbourhood());
    StringBuilder html = new StringBuilder(2048);
    html.append("<!doctype html>\n<html lang=\"")
        .append(words.lang())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(body.name()))
        .append(" · ")
        .append(Html.escape(words.title()))
        .append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"stylesheet\" href=\"/workshop/workshop.css\">\n")
        .append("</head>\n<body class=\"public\">\n<header class=\"bar\">\n<h1>")
        .append(Html.escape(body.name()))
        .append("</h1>\n<nav class=\"lang\" aria-label=\"")
        .append(words.languages())
        .append("\">\n");
    for (Words other : new Words[] {NL, EN}) {
      html.append("<a lang=\"")
          .append(other.lang())
          .append("\" href=\"")
          .append(self)
          .append("?lang=")
          .append(other.lang())
          .append('"')
          .append(other == words ? " aria-current=\"page\"" : "")
          .append('>')
          .append(other.lang().toUpperCase(Locale.ROOT))
          .append("</a>\n");
    }
    html.append("</nav>\n</header>\n<main class=\"public-main\">\n<h2>")
        .append(Html.escape(words.title()))
        .append("</h2>\n<p class=\"sub\">")
        .append(Html.escape(words.intro()))
        .append("</p>\n");
    if (body.results().isEmpty()) {
      html.append("<p>").append(Html.escape(words.none())).append("</p>\n");
    } else {
      html.append("<ol class=\"items\" id=\"results\">\n");
      for (PublicResultBody result : body.results()) {
        html.append("<li><p class=\"item-meta\"><time datetime=\"")
            .append(result.shown())
            .append("\">")
            .append(Html.escape(day.format(result.shown())))
            .append("</time></p><p class=\"item-text\">")
            .append(Html.escape(result.text()))
            .append("</p></li>\n");
      }
      html.append("</ol>\n");
    }
    html.append("<p class=\"note\">")
        .append(Html.escape(words.privacy()))
        .append("</p>\n<p class=\"note\"><a href=\"/api/v1/neighbourhoods/")
        .append(Html.escape(body.neighbourhood()))
        .append("/public-results\">")
        .append(Html.escape(words.json()))
        .append("</a></p>\n</main>\n<footer class=\"foot\">")
        .append(Html.escape(body.name()))
        .append(" · ")
        .append(Html.escape(body.municipality()))
        .append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }
}
