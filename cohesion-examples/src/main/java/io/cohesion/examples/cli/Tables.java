package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.TextTable.count;
import static io.cohesion.examples.cli.TextTable.figure;

import io.cohesion.core.participation.ModelTerm;
import io.cohesion.core.participation.ParticipationModel;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.UrgencyBasis;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupReliability;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.ItemStatistics;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.Reliability;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScoreSummary;
import io.cohesion.core.trust.WaveComparison;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human-readable form of each result: short headed sections of aligned tables. */
final class Tables {
  private static final String INDENT = "  ";
  private static final String SUPPRESSED = "suppressed";

  private Tables() {}

  static void scaleReport(PrintWriter out, String title, ScaleReport report, int kMin) {
    out.println(title);
    out.println();
    out.println(
        "Respondents: "
            + count(report.n())
            + " rows, "
            + count(report.nComplete())
            + " answered every item, "
            + count(report.score().n())
            + " have a score");
    out.println();
    ScoreSummary score = report.score();
    out.println("Scale score");
    new TextTable(">n", ">mean", ">sd", ">95% CI")
        .row(count(score.n()), figure(score.mean()), figure(score.sd()), interval(score.ci95()))
        .print(out, INDENT);
    out.println();
    if (report.reliability().isPresent()) {
      Reliability reliability = report.reliability().get();
      out.println(
          "Reliability (listwise, n = "
              + count(report.nComplete())
              + "): alpha "
              + figure(reliability.alpha())
              + ", standardized alpha "
              + figure(reliability.standardizedAlpha())
              + ", average r "
              + figure(reliability.averageR()));
      TextTable items = new TextTable("item", ">mean", ">sd", ">item-rest r", ">alpha if deleted");
      for (ItemStatistics item : reliability.items()) {
        items.row(
            item.id(),
            figure(item.mean()),
            figure(item.sd()),
            figure(item.itemRestCorrelation()),
            figure(item.alphaIfDeleted()));
      }
      items.print(out, INDENT);
    } else {
      out.println(
          "Reliability: not defined ("
              + report.reliabilityNote().orElse("fewer than two respondents answered every item")
              + ")");
    }
    if (report.groups().isEmpty()) {
      return;
    }
    out.println();
    if (report.groupReliability().isPresent()) {
      GroupReliability icc = report.groupReliability().get();
      out.println(
          "Group reliability: ICC(1) "
              + figure(icc.icc1())
              + ", ICC(2) "
              + figure(icc.icc2())
              + ", "
              + count(icc.groups())
              + " groups, mean group size "
              + figure(icc.meanGroupSize()));
    } else {
      out.println("Group reliability: not defined (too few groups or respondents)");
    }
    out.println("Groups (k-min " + kMin + ")");
    TextTable groups = new TextTable("group", ">n", ">mean", ">sd", ">95% CI");
    for (GroupScore group : report.groups()) {
      if (group instanceof GroupScore.Published published) {
        groups.row(
            published.group(),
            count(published.n()),
            figure(published.mean()),
            figure(published.sd()),
            interval(published.ci95()));
      } else {
        groups.row(((GroupScore.Suppressed) group).group(), SUPPRESSED);
      }
    }
    groups.print(out, INDENT);
  }

  static void redThread(PrintWriter out, String title, RedThread redThread, int kMin) {
    out.println(title);
    out.println();
    if (redThread.suppressed().isPresent()) {
      out.println("Nothing is shown: " + redThread.suppressed().get() + ".");
      return;
    }
    out.println(
        "Respondents: "
            + count(redThread.n())
            + "; agreement on "
            + (redThread.urgencyBasis() == UrgencyBasis.DISSATISFACTION
                ? "satisfaction"
                : "importance")
            + " (Kendall's W): "
            + figure(redThread.kendallW()));
    out.println(redThread.urgencyBasis().sentence());
    out.println();
    out.println("Values, most urgent first");
    values(redThread.values()).print(out, INDENT);
    for (SegmentFigures segment : redThread.segments()) {
      out.println();
      if (segment instanceof SegmentFigures.Published published) {
        out.println(
            "Segment "
                + segment.column()
                + " = "
                + segment.value()
                + " ("
                + count(published.n())
                + " respondents)");
        values(published.values()).print(out, INDENT);
      } else {
        out.println(
            "Segment "
                + segment.column()
                + " = "
                + segment.value()
                + ": suppressed (disclosure rule, k-min "
                + kMin
                + ")");
      }
    }
    if (redThread.networks().isEmpty()) {
      return;
    }
    out.println();
    out.println("Networks: where people already take part");
    Map<String, Integer> segmentColumns = new LinkedHashMap<>();
    for (NetworkFigures network : redThread.networks()) {
      for (NetworkFigures.SegmentCount segment : network.segments()) {
        segmentColumns.putIfAbsent(segment.column() + "=" + segment.value(), segmentColumns.size());
      }
    }
    List<String> header = new ArrayList<>(List.of("network", ">n", ">share"));
    segmentColumns.keySet().forEach(key -> header.add(">" + key));
    TextTable networks = new TextTable(header.toArray(String[]::new));
    for (NetworkFigures network : redThread.networks()) {
      String[] row = new String[header.size()];
      row[0] = network.name();
      if (network.suppressed()) {
        Arrays.fill(row, 1, row.length, "");
        row[1] = SUPPRESSED;
        networks.row(row);
        continue;
      }
      row[1] = count(network.n());
      row[2] = figure(network.share());
      for (NetworkFigures.SegmentCount segment : network.segments()) {
        int column = 3 + segmentColumns.get(segment.column() + "=" + segment.value());
        row[column] =
            segment instanceof NetworkFigures.SegmentCount.Published published
                ? count(published.n())
                : SUPPRESSED;
      }
      networks.row(row);
    }
    networks.print(out, INDENT);
  }

  static void waveComparison(PrintWriter out, String title, WaveComparison comparison) {
    out.println(title);
    out.println();
    IndependentComparison independent = comparison.independent();
    out.println("All respondents (independent samples, after − before)");
    new TextTable(
            ">n before",
            ">n after",
            ">mean before",
            ">mean after",
            ">difference",
            ">95% CI (Welch)",
            ">df",
            ">Hedges' g")
        .row(
            count(independent.nBefore()),
            count(independent.nAfter()),
            figure(independent.meanBefore()),
            figure(independent.meanAfter()),
            figure(independent.difference()),
            interval(independent.ci95()),
            figure(independent.welchDf()),
            figure(independent.hedgesG()))
        .print(out, INDENT);
    out.println();
    if (comparison.paired().isPresent()) {
      PairedComparison paired = comparison.paired().get();
      out.println("Respondents in both waves (paired, after − before)");
      new TextTable(">pairs", ">mean difference", ">95% CI", ">d_z")
          .row(
              count(paired.nPairs()),
              figure(paired.meanDifference()),
              interval(paired.ci95()),
              figure(paired.dz()))
          .print(out, INDENT);
    } else {
      out.println(
          "Respondents in both waves: fewer than two pairs (a respondent column links the waves)");
    }
  }

  static void participationModel(PrintWriter out, String title, ParticipationModel model) {
    out.println(title);
    out.println();
    out.println(
        count(model.n())
            + " linked persons, "
            + count(model.events())
            + " of them willing (willingness "
            + model.cut()
            + " or more)");
    out.println();
    TextTable terms =
        new TextTable("term", ">estimate", ">se", ">z", ">p", ">odds ratio", ">95% CI");
    for (ModelTerm term : model.terms()) {
      terms.row(
          term.term(),
          figure(term.estimate()),
          figure(term.se()),
          figure(term.z()),
          term.p() < 0.001 ? "< 0.001" : figure(term.p()),
          figure(term.oddsRatio()),
          interval(term.ci95()));
    }
    terms.print(out, INDENT);
    out.println();
    out.println(
        "Deviance "
            + figure(model.deviance())
            + " on "
            + count(model.dfResidual())
            + " degrees of freedom; null deviance "
            + figure(model.nullDeviance())
            + "; AIC "
            + figure(model.aic()));
  }

  private static TextTable values(List<ValueFigures> values) {
    TextTable table =
        new TextTable(
            ">rank",
            "value",
            ">n",
            ">importance",
            ">sd",
            ">satisfaction",
            ">urgency",
            ">top share",
            ">borda",
            ">pTopK");
    for (ValueFigures value : values) {
      if (value.suppressed()) {
        table.row("–", value.code(), SUPPRESSED, "", "", "", "", "", "", "");
        continue;
      }
      table.row(
          Integer.toString(value.rank()),
          value.code(),
          count(value.n()),
          figure(value.importanceMean()),
          figure(value.importanceSd()),
          figure(value.satisfactionMean()),
          figure(value.urgency()),
          figure(value.topShare()),
          count(value.borda()),
          figure(value.pTopK()));
    }
    return table;
  }

  private static String interval(Interval interval) {
    return interval.isDefined() ? TextTable.interval(interval.lower(), interval.upper()) : "–";
  }
}
