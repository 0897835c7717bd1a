package io.cohesion.rest.page;

import static io.cohesion.rest.http.Html.escape;

import io.cohesion.core.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the form's pages as plain HTML: headings, fieldsets with legends, labelled inputs, and
 * every text escaped. The online form, the answers page and the paper form all walk the same {@link
 * Questionnaire}, so their questions and order cannot drift apart.
 */
final class Pages {
  /** The style sheet of the online pages. */
  static final String FORM_CSS = "/form/files/form.css";

  /** The style sheet of the paper forms. */
  static final String PRINT_CSS = "/form/files/print.css";

  private Pages() {}

  /**
   * A whole page in {@code lang}.
   *
   * @param here the address of this page without query, for the language switch (a page that
   *     answers a post switches to the page it came from)
   */
  static String page(Lang lang, String title, String here, String css, String body) {
    Lang other = lang.other();
    return "<!doctype html>\n<html lang=\""
        + lang.code()
        + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\">"
        + "<title>"
        + escape(title)
        + "</title><link rel=\"stylesheet\" href=\""
        + css
        + "\"></head><body>"
        + "<a class=\"skip\" href=\"#main\">"
        + escape(Messages.in(lang, "skip"))
        + "</a><header><nav aria-label=\""
        + escape(Messages.in(lang, "language.nav"))
        + "\"><a href=\""
        + escape(here + "?lang=" + other.code())
        + "\" lang=\""
        + other.code()
        + "\" hreflang=\""
        + other.code()
        + "\">"
        + escape(Messages.in(lang, "language.other"))
        + "</a></nav></header><main id=\"main\" tabindex=\"-1\">"
        + body
        + "</main></body></html>\n";
  }

  /** The hidden fields of a form's token. */
  static String token(FormTokens.Token token) {
    return "<input type=\"hidden\" name=\""
        + FormTokens.TOKEN
        + "\" value=\""
        + token.token()
        + "\"><input type=\"hidden\" name=\""
        + FormTokens.PROOF
        + "\" value=\""
        + token.proof()
        + "\">";
  }

  /** A heading and paragraphs. */
  static String text(String heading, String... paragraphs) {
    StringBuilder out = new StringBuilder("<h1>").append(escape(heading)).append("</h1>");
    for (String p : paragraphs) {
      out.append("<p>").append(escape(p)).append("</p>");
    }
    return out.toString();
  }

  /** A link as a paragraph. */
  static String link(String href, String label) {
    return "<p><a href=\"" + escape(href) + "\">" + escape(label) + "</a></p>";
  }

  /**
   * The error summary: a list of links to the fields with problems, focused when the page loads.
   * {@code anchors} names the element each field's link leads to.
   */
  static String summary(
      Lang lang, Map<String, Text> errors, Map<String, String> anchors, Map<String, Text> names) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            "<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-title\""
                + " tabindex=\"-1\" autofocus><h2 id=\"summary-title\">");
    out.append(escape(Messages.in(lang, "errors.title"))).append("</h2><p>");
    out.append(
            escape(
                errors.size() == 1
                    ? Messages.in(lang, "errors.one")
                    : Messages.in(lang, "errors.many", errors.size())))
        .append("</p><ul>");
    for (Map.Entry<String, Text> e : errors.entrySet()) {
      String anchor = anchors.get(e.getKey());
      Text name = names.get(e.getKey());
      String text = (name == null ? "" : lang.of(name) + ": ") + lang.of(e.getValue());
      out.append("<li>");
      if (anchor == null) {
        out.append(escape(text));
      } else {
        out.append("<a href=\"#").append(anchor).append("\">").append(escape(text)).append("</a>");
      }
      out.append("</li>");
    }
    return out.append("</ul></div>").toString();
  }

  /** The online form of {@code q}, posting to {@code action}, showing {@code answers}. */
  static String form(
      Lang lang, Questionnaire q, Answers answers, String action, FormTokens.Token token) {
    Map<String, Text> errors = answers.errors();
    Map<String, String> anchors = new HashMap<>();
    Map<String, Text> names = new HashMap<>();
    List<Questionnaire.Question> all = q.questions();
    for (int i = 0; i < all.size(); i++) {
      anchors.put(all.get(i).field(), "q" + i + "-0");
      names.put(all.get(i).field(), all.get(i).legend());
    }
    StringBuilder out = new StringBuilder();
    out.append("<h1>").append(escape(lang.of(q.title()))).append("</h1>");
    out.append(summary(lang, errors, anchors, names));
    out.append("<p>").append(escape(Messages.in(lang, "form.intro"))).append("</p>");
    out.append("<form method=\"post\" action=\"")
        .append(escape(action + "?lang=" + lang.code()))
        .append("\" novalidate>");
    out.append(token(token));
    int index = 0;
    int sectionIndex = 0;
    for (Questionnaire.Section section : q.sections()) {
      String headingId = "s" + sectionIndex++;
      out.append("<section aria-labelledby=\"").append(headingId).append("\"><h2 id=\"");
      out.append(headingId)
          .append("\">")
          .append(escape(lang.of(section.heading())))
          .append("</h2>");
      section
          .intro()
          .ifPresent(
              t -> out.append("<p class=\"intro\">").append(escape(lang.of(t))).append("</p>"));
      for (Questionnaire.Question question : section.questions()) {
        out.append(question(lang, question, "q" + index, answers, errors.get(question.field())));
        index++;
      }
      out.append("</section>");
    }
    out.append("<button type=\"submit\">")
        .append(escape(Messages.in(lang, "form.send")))
        .append("</button></form>");
    return out.toString();
  }

  private static String question(
      Lang lang, Questionnaire.Question q, String id, Answers answers, Text error) {
    String errorId = id + "-error";
    String described = error == null ? "" : " aria-describedby=\"" + errorId + "\"";
    String invalid = error == null ? "" : " aria-invalid=\"true\"";
    String errorText =
        error == null
            ? ""
            : "<p class=\"error\" id=\"" + errorId + "\">" + escape(lang.of(error)) + "</p>";
    String legend = escape(lang.of(q.legend()));
    StringBuilder out = new StringBuilder();
    String field = escape(q.field());
    switch (q.kind()) {
      case SCALE, ONE_OF, SOME_OF -> {
        String type = q.kind() == Questionnaire.Kind.SOME_OF ? "checkbox" : "radio";
        String cls = q.kind() == Questionnaire.Kind.SCALE ? "question scale" : "question choices";
        out.append("<fieldset class=\"").append(cls).append("\" id=\"").append(id).append("\">");
        out.append("<legend>").append(legend).append("</legend>");
        if (q.kind() == Questionnaire.Kind.SOME_OF) {
          out.append("<p class=\"hint\">")
              .append(escape(Messages.in(lang, "networks.hint")))
              .append("</p>");
        }
        out.append(errorText);
        out.append("<div class=\"options\">");
        List<Questionnaire.Option> options = q.options();
        for (int j = 0; j < options.size(); j++) {
          Questionnaire.Option o = options.get(j);
          String inputId = id + "-" + j;
          out.append("<label class=\"option\" for=\"").append(inputId).append("\">");
          out.append("<input type=\"").append(type).append("\" id=\"").append(inputId);
          out.append("\" name=\"").append(field).append("\" value=\"").append(escape(o.value()));
          out.append("\"").append(answers.has(q.field(), o.value()) ? " checked" : "");
          out.append(described)
              .append("><span>")
              .append(escape(lang.of(o.label())))
              .append("</span>");
          if (j == 0 && q.low().isPresent()) {
            out.append("<span class=\"visually-hidden\"> ")
                .append(escape(lang.of(q.low().get())))
                .append("</span>");
          }
          if (j == options.size() - 1 && q.high().isPresent()) {
            out.append("<span class=\"visually-hidden\"> ")
                .append(escape(lang.of(q.high().get())))
                .append("</span>");
          }
          out.append("</label>");
        }
        out.append("</div>");
        if (q.low().isPresent() && q.high().isPresent()) {
          out.append("<div class=\"anchors\" aria-hidden=\"true\"><span>")
              .append(escape(lang.of(q.low().get())))
              .append("</span><span>")
              .append(escape(lang.of(q.high().get())))
              .append("</span></div>");
        }
        out.append("</fieldset>");
      }
      case RANK -> {
        String inputId = id + "-0";
        out.append("<div class=\"question rank\" id=\"").append(id).append("\">");
        out.append("<label for=\"").append(inputId).append("\">").append(legend).append("</label>");
        out.append(errorText);
        out.append("<select id=\"").append(inputId).append("\" name=\"").append(field);
        out.append("\"").append(described).append(invalid).append(">");
        out.append("<option value=\"\">")
            .append(escape(Messages.in(lang, "top.none")))
            .append("</option>");
        for (Questionnaire.Option o : q.options()) {
          out.append("<option value=\"").append(escape(o.value())).append("\"");
          out.append(answers.has(q.field(), o.value()) ? " selected" : "").append(">");
          out.append(escape(lang.of(o.label()))).append("</option>");
        }
        out.append("</select></div>");
      }
      case TEXT -> {
        String inputId = id + "-0";
        String hintId = id + "-hint";
        String describedBy =
            " aria-describedby=\"" + hintId + (error == null ? "" : " " + errorId) + "\"";
        out.append("<div class=\"question text\" id=\"").append(id).append("\">");
        out.append("<label for=\"").append(inputId).append("\">").append(legend).append("</label>");
        out.append("<p class=\"hint\" id=\"").append(hintId).append("\">");
        out.append(escape(Messages.in(lang, "wish.hint"))).append("</p>");
        out.append(errorText);
        out.append("<textarea id=\"").append(inputId).append("\" name=\"").append(field);
        out.append("\" rows=\"5\" maxlength=\"").append(Questionnaire.MAX_TEXT).append("\"");
        out.append(describedBy).append(invalid).append(">");
        List<String> text = answers.values(q.field());
        out.append(text.isEmpty() ? "" : escape(text.get(0))).append("</textarea></div>");
      }
    }
    return out.toString();
  }

  /** A resident's stored answers to {@code q}, question by question. */
  static String answers(Lang lang, Questionnaire q, Answers answers) {
    StringBuilder out =
        new StringBuilder("<h2>").append(escape(lang.of(q.title()))).append("</h2>");
    out.append("<dl class=\"answers\">");
    for (Questionnaire.Question question : q.questions()) {
      List<String> values = answers.values(question.field());
      out.append("<dt>").append(escape(lang.of(question.legend()))).append("</dt><dd>");
      if (values.isEmpty()) {
        out.append(escape(Messages.in(lang, "answers.empty")));
      } else {
        List<String> shown =
            values.stream()
                .map(v -> question.option(v).map(o -> lang.of(o.label())).orElse(v))
                .toList();
        out.append(escape(String.join(", ", shown)));
      }
      out.append("</dd>");
    }
    return out.append("</dl>").toString();
  }

  /** The paper form of {@code q}: the same questions in the same order, with boxes to tick. */
  static String paper(Lang lang, Questionnaire q) {
    StringBuilder out = new StringBuilder();
    out.append("<h1>").append(escape(lang.of(q.title()))).append("</h1>");
    out.append("<p>").append(escape(Messages.in(lang, "print.intro"))).append("</p>");
    out.append("<p class=\"number\">")
        .append(escape(Messages.in(lang, "print.number")))
        .append(" <span class=\"write\"></span></p>");
    for (Questionnaire.Section section : q.sections()) {
      out.append("<section><h2>").append(escape(lang.of(section.heading()))).append("</h2>");
      if (section.ranking()) {
        out.append(ranking(lang, section));
        out.append("</section>");
        continue;
      }
      section
          .intro()
          .ifPresent(
              t -> out.append("<p class=\"intro\">").append(escape(lang.of(t))).append("</p>"));
      for (Questionnaire.Question question : section.questions()) {
        out.append(paperQuestion(lang, question));
      }
      out.append("</section>");
    }
    out.append("<p class=\"return\">")
        .append(escape(Messages.in(lang, "print.return")))
        .append("</p>");
    return out.toString();
  }

  private static String paperQuestion(Lang lang, Questionnaire.Question q) {
    StringBuilder out = new StringBuilder("<div class=\"question\"><p class=\"legend\">");
    out.append(escape(lang.of(q.legend()))).append("</p>");
    switch (q.kind()) {
      case SCALE -> {
        out.append("<p class=\"points\">");
        q.low().ifPresent(l -> out.append("<span class=\"anchor\">").append(escape(lang.of(l))));
        q.low().ifPresent(l -> out.append("</span>"));
        for (Questionnaire.Option o : q.options()) {
          out.append("<span class=\"point\"><span class=\"box\"></span> ");
          out.append(escape(lang.of(o.label()))).append("</span>");
        }
        q.high()
            .ifPresent(
                h ->
                    out.append("<span class=\"anchor\">")
                        .append(escape(lang.of(h)))
                        .append("</span>"));
        out.append("</p>");
      }
      case ONE_OF, SOME_OF -> {
        if (q.kind() == Questionnaire.Kind.SOME_OF) {
          out.append("<p class=\"hint\">")
              .append(escape(Messages.in(lang, "networks.hint")))
              .append("</p>");
        }
        out.append("<ul class=\"ticks\">");
        for (Questionnaire.Option o : q.options()) {
          out.append("<li><span class=\"box\"></span> ").append(escape(lang.of(o.label())));
          out.append("</li>");
        }
        out.append("</ul>");
      }
      case RANK -> throw new IllegalStateException("ranks are drawn as one grid");
      case TEXT -> {
        out.append("<p class=\"hint\">")
            .append(escape(Messages.in(lang, "wish.hint")))
            .append("</p>");
        out.append("<div class=\"lines\" aria-label=\"")
            .append(escape(Messages.in(lang, "print.lines")))
            .append("\" role=\"img\">");
        out.append("<span></span>".repeat(8)).append("</div>");
      }
    }
    return out.append("</div>").toString();
  }

  /** The top choices on paper: a grid of the options by rank, one tick per column. */
  private static String ranking(Lang lang, Questionnaire.Section section) {
    List<Questionnaire.Question> ranks = section.questions();
    StringBuilder out = new StringBuilder("<p class=\"intro\">");
    out.append(escape(Messages.in(lang, "top.print", ranks.size()))).append("</p>");
    out.append("<table class=\"ranking\"><thead><tr><td></td>");
    for (Questionnaire.Question rank : ranks) {
      out.append("<th scope=\"col\">").append(escape(lang.of(rank.legend()))).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (Questionnaire.Option o : ranks.get(0).options()) {
      out.append("<tr><th scope=\"row\">").append(escape(lang.of(o.label()))).append("</th>");
      for (int i = 0; i < ranks.size(); i++) {
        out.append("<td><span class=\"box\"></span></td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
