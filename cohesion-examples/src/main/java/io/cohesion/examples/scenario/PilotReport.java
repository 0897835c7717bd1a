package io.cohesion.examples.scenario;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.scoring.spi.FitPart;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.examples.scenario.report.Block;
import io.cohesion.examples.scenario.report.Cell;
import io.cohesion.examples.scenario.report.PlainWords;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.Section;
import io.cohesion.examples.scenario.report.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a wish-map pilot's data and the library's figures into the workshop report. */
final class PilotReport {
  static final String DATA = "The data";
  static final String ACTIVITIES = "Activity ideas ranked by fit";
  static final String ENGAGEMENT = "Engagement";
  static final String TRUST = "Trust before and after";

  private PilotReport() {}

  static Report of(String place, PilotData data, PilotResults results, RunSettings settings) {
    String segment = data.keySegment();
    List<Section> sections = new ArrayList<>();
    sections.add(dataSection(data, settings));
    sections.add(RedThreadSections.values(data.wishMap(), results.redThread()));
    sections.add(
        RedThreadSections.keySegment(
            data.wishMap(), results.redThread(), data.keySegmentColumn(), segment));
    sections.add(RedThreadSections.networks(results.redThread(), data.keySegmentColumn(), segment));
    sections.add(activities(results.activityFits()));
    sections.add(engagement(data, results));
    sections.add(trust(data, results));
    return new Report("Workshop report: " + place, List.of(Synthetic.NOTICE), sections);
  }

  private static Section dataSection(PilotData data, RunSettings settings) {
    return Section.of(
        DATA,
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "%s, municipality of %s. Wish map %s: %d respondents rated %d values on importance"
                    + " and satisfaction (%s) and named their top %d. Segments by %s. Small-group"
                    + " rule: no figure for fewer than %d respondents. Seed %d.",
                data.neighbourhoodName(),
                data.municipality(),
                data.wishMap().id(),
                data.responses().size(),
                data.wishMap().values().size(),
                data.wishMap().importanceScale().orElseThrow(),
                data.wishMap().topChoices(),
                String.join(" and ", data.wishMap().segments()),
                settings.kMin(),
                settings.seed())));
  }

  static Section activities(List<ActivityFit> fits) {
    List<Block.Column> columns = new ArrayList<>();
    columns.add(Block.Column.right("#"));
    columns.add(Block.Column.left("activity"));
    columns.add(Block.Column.left("fit"));
    List<FitPart> partNames = fits.isEmpty() ? List.of() : fits.get(0).parts();
    for (FitPart part : partNames) {
      columns.add(
          Block.Column.right(part.name() + " (" + TextRenderer.format(part.weight(), 1) + ")"));
    }
    columns.add(Block.Column.left("scored over"));
    columns.add(Block.Column.left("flags"));
    List<List<Cell>> rows = new ArrayList<>();
    for (ActivityFit fit : fits) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(Integer.toString(fit.rank())));
      row.add(Cell.text(fit.activity()));
      row.add(Cell.bar(fit.fit(), 1, TextRenderer.format(fit.fit(), 3)));
      for (FitPart part : partNames) {
        row.add(Cell.number(fit.part(part.name()).value(), 3));
      }
      row.add(Cell.text(basis(fit)));
      row.add(Cell.text(flags(fit)));
      rows.add(row);
    }
    return new Section(
        ACTIVITIES,
        List.of(
            new Block.Paragraph(
                "Fit combines how urgent the values an idea plays into are for the people it is"
                    + " meant for (valueFit) with the share of them it reaches through its partner"
                    + " networks (networkReach). Flagged ideas are ranked like the others: fix"
                    + " them rather than drop them."),
            new Block.Table(columns, rows)));
  }

  private static String basis(ActivityFit fit) {
    return switch (fit.basis()) {
      case EVERYONE -> "everyone";
      case TARGET_SEGMENTS ->
          fit.segmentsUsed().stream()
              .map(s -> s.value().replace('_', ' '))
              .collect(Collectors.joining(", "));
      case EVERYONE_TARGETS_SUPPRESSED -> "everyone (target group too small)";
      case WITHHELD -> "withheld (too few respondents)";
    };
  }

  private static String flags(ActivityFit fit) {
    if (fit.flags().isEmpty()) {
      return "";
    }
    return fit.flags().stream()
        .map(
            f ->
                switch (f) {
                  case NO_SUSTAINABILITY_LINK -> "no sustainability link";
                  case NO_BENEFIT -> "no benefit for participants";
                })
        .collect(Collectors.joining("; "));
  }

  static Section engagement(PilotData data, PilotResults results) {
    List<Block> blocks = new ArrayList<>();
    long willing =
        data.responses().stream()
            .filter(r -> r.willingness().isPresent() && r.willingness().getAsInt() >= 4)
            .count();
    long answered = data.responses().stream().filter(r -> r.willingness().isPresent()).count();
    blocks.add(
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "Willingness to take part: %s of the %d respondents who answered say 4 or 5 out"
                    + " of 5.",
                TextRenderer.percent(answered == 0 ? Double.NaN : (double) willing / answered),
                answered)));
    List<ActivitySession> sessions = results.attendance().sessions();
    if (sessions.isEmpty()) {
      blocks.add(new Block.Paragraph("No session of the activity has taken place yet."));
      return new Section(ENGAGEMENT, blocks);
    }
    String activity =
        data.activities().stream()
            .filter(a -> a.id().equals(sessions.get(0).activity()))
            .map(Activity::name)
            .findFirst()
            .orElse(sessions.get(0).activity().value());
    blocks.add(
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "%s: %d sessions, %d attendances, %d people reached for the first time.",
                activity,
                sessions.size(),
                results.attendance().total(),
                results.attendance().newParticipants())));
    int most = sessions.stream().mapToInt(ActivitySession::attendance).max().orElse(1);
    List<List<Cell>> rows = new ArrayList<>();
    for (ActivitySession session : sessions) {
      rows.add(
          List.of(
              Cell.text(session.date().toString()),
              Cell.bar(
                  session.attendance(), Math.max(1, most), Integer.toString(session.attendance())),
              Cell.text(Integer.toString(session.newParticipants()))));
    }
    blocks.add(
        new Block.Table(
            List.of(
                Block.Column.left("session"),
                Block.Column.left("attendance"),
                Block.Column.right("new")),
            rows));
    return new Section(ENGAGEMENT, blocks);
  }

  static Section trust(PilotData data, PilotResults results) {
    ResponseRange range = data.scale().response();
    List<Block> blocks = new ArrayList<>();
    Optional<IndependentComparison> independent =
        results.trustComparison().map(c -> c.independent());
    if (independent.isPresent()) {
      blocks.add(new Block.Paragraph(trustSentence(independent.get(), range)));
      results
          .trustComparison()
          .flatMap(c -> c.paired())
          .ifPresent(p -> blocks.add(new Block.Paragraph(pairedSentence(p, range))));
    } else {
      blocks.add(
          new Block.Paragraph(
              String.format(
                  Locale.ROOT,
                  "One wave so far: %s averages %s on %s (95%% CI %s to %s, %d respondents)."
                      + " The wave after the activity is planned from %s.",
                  data.scale().name().en().toLowerCase(Locale.ROOT),
                  PlainWords.number(results.trustBefore().score().mean()),
                  PlainWords.scale(range),
                  PlainWords.number(results.trustBefore().score().ci95().lower()),
                  PlainWords.number(results.trustBefore().score().ci95().upper()),
                  results.trustBefore().score().n(),
                  data.trustAfterOpened())));
    }
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(waveRow("before", results.trustBefore(), range));
    results.trustAfter().ifPresent(after -> rows.add(waveRow("after", after, range)));
    blocks.add(
        new Block.Table(
            List.of(
                Block.Column.left("wave"),
                Block.Column.right("n"),
                Block.Column.left("mean (95% CI), bar from " + TextRenderer.format(range.min(), 0)),
                Block.Column.right("alpha")),
            rows));
    blocks.add(
        new Block.Paragraph(
            "Scale: "
                + data.scale().name().en()
                + ", "
                + data.scale().size()
                + " items ("
                + data.scale().items().stream().filter(i -> i.reverse()).count()
                + " reversed), "
                + range
                + "; higher is more trust. Alpha is the scale's reliability (Cronbach)."));
    return new Section(TRUST, blocks);
  }

  /** The independent comparison in plain words, with the wave sizes and the effect size. */
  static String trustSentence(IndependentComparison c, ResponseRange range) {
    Interval ci = c.ci95();
    return PlainWords.capitalised(
            PlainWords.change("trust", c.difference(), ci.lower(), ci.upper(), range))
        + String.format(
            Locale.ROOT,
            " (%d respondents before, %d after; Hedges' g %s). ",
            c.nBefore(),
            c.nAfter(),
            PlainWords.number(c.hedgesG()))
        + PlainWords.certainty(ci.lower(), ci.upper());
  }

  /** The paired comparison in plain words. */
  static String pairedSentence(PairedComparison p, ResponseRange range) {
    Interval ci = p.ci95();
    return String.format(
        Locale.ROOT,
        "Among the %d households who answered both times, %s (d_z %s).",
        p.nPairs(),
        PlainWords.change("trust", p.meanDifference(), ci.lower(), ci.upper(), range),
        PlainWords.number(p.dz()));
  }

  private static List<Cell> waveRow(String wave, ScaleReport report, ResponseRange range) {
    double mean = report.score().mean();
    return List.of(
        Cell.text(wave),
        Cell.text(Integer.toString(report.score().n())),
        Cell.bar(
            mean - range.min(),
            range.max() - range.min(),
            PlainWords.number(mean)
                + " ("
                + PlainWords.number(report.score().ci95().lower())
                + " to "
                + PlainWords.number(report.score().ci95().upper())
                + ")"),
        Cell.number(report.reliability().map(r -> r.alpha()).orElse(Double.NaN), 2));
  }

  /** Respondents of one segment, for figures the report adds to the analyses. */
  static List<WishMapResponse> inSegment(PilotData data, String column, String value) {
    return data.responses().stream().filter(r -> value.equals(r.segments().get(column))).toList();
  }
}
