package io.cohesion.rest.page;

import static io.cohesion.rest.http.Html.escape;

import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.resident.ResidentData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders on the resident's answers page what the neighbourhood team recorded under their code:
 * where the household stands in the approach and how it got there, its cost calculations, and its
 * votes on partners. A resident who asks to see what is kept under their code sees all of it, as
 * the export by code gives it (docs/api.md), not only their answers.
 */
final class HouseholdRecord {
  private HouseholdRecord() {}

  /** The sections for what {@code export} holds besides answers; empty when it holds none. */
  static String html(Lang lang, ResidentData.Export export) {
    if (export.householdPhase().isEmpty()
        && export.benefitStatements().isEmpty()
        && export.votes().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section class=\"recorded\">");
    out.append("<h2>").append(escape(Messages.in(lang, "recorded.heading"))).append("</h2>");
    out.append("<p>").append(escape(Messages.in(lang, "recorded.text"))).append("</p>");
    export.householdPhase().ifPresent(phase -> phase(out, lang, phase));
    if (!export.benefitStatements().isEmpty()) {
      statements(out, lang, export.benefitStatements());
    }
    if (!export.votes().isEmpty()) {
      votes(out, lang, export.votes());
    }
    return out.append("</section>").toString();
  }

  private static void phase(StringBuilder out, Lang lang, HouseholdPhase phase) {
    List<PhaseMove> moves = phase.moves();
    PhaseMove last = moves.get(moves.size() - 1);
    out.append("<h3>").append(escape(Messages.in(lang, "phase.heading"))).append("</h3>");
    out.append("<dl class=\"answers\">");
    entry(out, Messages.in(lang, "phase.now"), lang.of(last.to().label()));
    entry(out, Messages.in(lang, "phase.building"), phase.building().value());
    out.append("</dl>");
    out.append("<h4>").append(escape(Messages.in(lang, "phase.moves"))).append("</h4>");
    out.append("<dl class=\"answers\">");
    for (PhaseMove move : moves) {
      String what =
          Messages.in(
                  lang, "phase.move", lang.of(move.to().label()), lang.of(move.reason().label()))
              + move.reference().map(r -> " (" + r + ")").orElse("");
      entry(out, date(lang, move.date()), what);
    }
    out.append("</dl>");
  }

  private static void statements(StringBuilder out, Lang lang, List<BenefitStatement> statements) {
    out.append("<h3>").append(escape(Messages.in(lang, "statements.heading"))).append("</h3>");
    for (BenefitStatement statement : statements) {
      BenefitInput input = statement.input();
      BenefitFigures figures = statement.figures();
      out.append("<h4>")
          .append(escape(Messages.in(lang, "statement.title", date(lang, statement.issued()))))
          .append("</h4><dl class=\"answers\">");
      entry(out, Messages.in(lang, "statement.investment"), euros(lang, input.investment()));
      entry(out, Messages.in(lang, "statement.before"), euros(lang, input.monthlyCostBefore()));
      entry(out, Messages.in(lang, "statement.after"), euros(lang, input.monthlyCostAfter()));
      entry(out, Messages.in(lang, "statement.saving"), euros(lang, figures.monthlySaving()));
      entry(
          out,
          Messages.in(lang, "statement.payback"),
          figures
              .payback()
              .map(p -> Messages.in(lang, "statement.years", number(lang, p.years(), 1)))
              .orElse(Messages.in(lang, "statement.noPayback")));
      out.append("</dl>");
    }
  }

  private static void votes(StringBuilder out, Lang lang, List<ResidentData.Vote> votes) {
    out.append("<h3>").append(escape(Messages.in(lang, "votes.heading"))).append("</h3>");
    out.append("<dl class=\"answers\">");
    for (ResidentData.Vote vote : votes) {
      entry(
          out,
          Messages.in(
              lang,
              "vote.consultation",
              vote.consultation().value(),
              vote.initiative().value(),
              date(lang, vote.held())),
          String.join(", ", vote.options()));
    }
    out.append("</dl>");
  }

  private static void entry(StringBuilder out, String term, String description) {
    out.append("<dt>")
        .append(escape(term))
        .append("</dt><dd>")
        .append(escape(description))
        .append("</dd>");
  }

  private static Locale locale(Lang lang) {
    return lang == Lang.NL ? Locale.forLanguageTag("nl-NL") : Locale.UK;
  }

  /** A day as the language writes it: 10 januari 2024, 10 January 2024. */
  static String date(Lang lang, LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale(lang)));
  }

  /**
   * An amount in euros with whole cents: € 4.500,00 in Dutch, €4,500.00 in English; a negative one
   * (a saving that is a cost) with its sign in front.
   */
  static String euros(Lang lang, BigDecimal amount) {
    String digits = number(lang, amount.abs(), 2);
    String sign = amount.signum() < 0 ? "-" : "";
    return sign + (lang == Lang.NL ? "€ " + digits : "€" + digits);
  }

  /**
   * {@code value} with {@code decimals} decimals, rounded half up, grouped as the language does.
   */
  private static String number(Lang lang, BigDecimal value, int decimals) {
    DecimalFormat format =
        new DecimalFormat(
            "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(locale(lang)));
    return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }
}
