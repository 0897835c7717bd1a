package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Text;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScoreSummary;
import io.cohesion.core.trust.WaveComparison;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The figures of {@link ResultJson}'s documents as tables to download (docs/api.md, "Downloading
 * tables as CSV"): the same figures, cell for cell, never more. The column names are those of the
 * JSON fields; an interval {@code ci95} is two columns, {@code ci95Lower} and {@code ci95Upper}.
 *
 * <p>What the JSON withholds, the table withholds: every table ends with the columns {@code
 * suppressed} and {@code reason}. A row whose cell the disclosure policy suppresses keeps its key
 * (code, group, segment, network name) and {@code suppressed} {@code true}, and every figure of it
 * is empty; a wave withheld as a whole is one row with every cell empty but {@code suppressed}
 * ({@code true}) and {@code reason}, as the JSON's {@code {n: null, suppressed: true, reason}}. A
 * figure that is not defined is an empty cell, as the JSON's {@code null}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultTables {
  /** The columns of {@link #scores}. */
  public static final List<String> SCORE_COLUMNS =
      List.of("group", "n", "mean", "sd", "ci95Lower", "ci95Upper", "suppressed", "reason");

  private static final List<String> VALUE_FIGURES =
      List.of(
          "code",
          "labelNl",
          "labelEn",
          "n",
          "importanceMean",
          "importanceSd",
          "satisfactionMean",
          "urgency",
          "topShare",
          "borda",
          "rank",
          "pTopK",
          "suppressed",
          "reason");

  /** The columns of {@link #values}. */
  public static final List<String> VALUE_COLUMNS = VALUE_FIGURES;

  /** The columns of {@link #segments}. */
  public static final List<String> SEGMENT_COLUMNS =
      concat(List.of("column", "value", "segmentN"), VALUE_FIGURES);

  /** The columns of {@link #networks}. */
  public static final List<String> NETWORK_COLUMNS =
      List.of("name", "column", "value", "n", "share", "suppressed", "reason");

  /** The columns of {@link #comparison}. */
  public static final List<String> COMPARISON_COLUMNS =
      List.of(
          "comparison",
          "nBefore",
          "nAfter",
          "nPairs",
          "meanBefore",
          "meanAfter",
          "difference",
          "meanDifference",
          "ci95Lower",
          "ci95Upper",
          "welchDf",
          "hedgesG",
          "dz",
          "suppressed",
          "reason");

  private ResultTables() {}

  /**
   * The scale score per group: first the whole wave (an empty {@code group}; the JSON's {@code
   * score}), then each group of the JSON's {@code groups} in its order.
   */
  public static CsvTable scores(ScaleReport report) {
    CsvTable table = new CsvTable(SCORE_COLUMNS);
    if (withheld(table, report.suppressed())) {
      return table;
    }
    ScoreSummary score = report.score();
    interval(
            table.row().empty().count(score.n()).number(score.mean()).number(score.sd()),
            score.ci95())
        .flag(false)
        .empty();
    for (GroupScore group : report.groups()) {
      CsvTable.Row row = table.row().text(group.group());
      if (group instanceof GroupScore.Published published) {
        interval(
                row.count(published.n()).number(published.mean()).number(published.sd()),
                published.ci95())
            .flag(false)
            .empty();
      } else {
        row.empty(5).flag(true).empty();
      }
    }
    return table;
  }

  /**
   * The red thread's values over all respondents, in rank order, with their labels from {@code
   * map}'s definition.
   */
  public static CsvTable values(RedThread thread, WishMap map) {
    CsvTable table = new CsvTable(VALUE_COLUMNS);
    if (withheld(table, thread.suppressed())) {
      return table;
    }
    Map<String, Text> labels = labels(map);
    for (ValueFigures value : thread.values()) {
      figures(table.row(), value, labels);
    }
    return table;
  }

  /**
   * The red thread per segment: one row per value of each published segment, in the JSON's order; a
   * suppressed segment is one row with its column and value, no code and {@code suppressed} true.
   */
  public static CsvTable segments(RedThread thread, WishMap map) {
    CsvTable table = new CsvTable(SEGMENT_COLUMNS);
    if (withheld(table, thread.suppressed())) {
      return table;
    }
    Map<String, Text> labels = labels(map);
    for (SegmentFigures segment : thread.segments()) {
      if (segment instanceof SegmentFigures.Published published) {
        for (ValueFigures value : published.values()) {
          CsvTable.Row row =
              table.row().text(segment.column()).text(segment.value()).count(published.n());
          figures(row, value, labels);
        }
      } else {
        table
            .row()
            .text(segment.column())
            .text(segment.value())
            .empty(SEGMENT_COLUMNS.size() - 4)
            .flag(true)
            .empty();
      }
    }
    return table;
  }

  /**
   * The networks: one row per network (empty {@code column} and {@code value}), followed by one row
   * per segment count of it.
   */
  public static CsvTable networks(RedThread thread) {
    CsvTable table = new CsvTable(NETWORK_COLUMNS);
    if (withheld(table, thread.suppressed())) {
      return table;
    }
    for (NetworkFigures network : thread.networks()) {
      CsvTable.Row row = table.row().text(network.name()).empty(2);
      if (network.suppressed()) {
        row.empty(2).flag(true).empty();
        continue;
      }
      row.count(network.n()).number(network.share()).flag(false).empty();
      for (NetworkFigures.SegmentCount count : network.segments()) {
        CsvTable.Row segment =
            table.row().text(network.name()).text(count.column()).text(count.value());
        if (count instanceof NetworkFigures.SegmentCount.Published published) {
          segment.count(published.n()).number(published.share()).flag(false).empty();
        } else {
          segment.empty(2).flag(true).empty();
        }
      }
    }
    return table;
  }

  /**
   * The wave comparison: a row {@code independent}, and a row {@code paired} where the JSON's
   * {@code paired} is not null.
   */
  public static CsvTable comparison(WaveComparison comparison) {
    CsvTable table = new CsvTable(COMPARISON_COLUMNS);
    if (withheld(table, comparison.suppressed())) {
      return table;
    }
    IndependentComparison independent = comparison.independent();
    CsvTable.Row row =
        table
            .row()
            .text("independent")
            .count(independent.nBefore())
            .count(independent.nAfter())
            .empty()
            .number(independent.meanBefore())
            .number(independent.meanAfter())
            .number(independent.difference())
            .empty();
    interval(row, independent.ci95())
        .number(independent.welchDf())
        .number(independent.hedgesG())
        .empty()
        .flag(false)
        .empty();
    if (comparison.paired().isPresent()) {
      PairedComparison paired = comparison.paired().get();
      CsvTable.Row pairs =
          table
              .row()
              .text("paired")
              .empty(2)
              .count(paired.nPairs())
              .empty(3)
              .number(paired.meanDifference());
      interval(pairs, paired.ci95()).empty(2).number(paired.dz()).flag(false).empty();
    }
    return table;
  }

  /** One row of every cell empty but the reason, when the whole wave is withheld. */
  private static boolean withheld(CsvTable table, Optional<String> reason) {
    if (reason.isEmpty()) {
      return false;
    }
    table.row().empty(table.columns().size() - 2).flag(true).text(reason.get());
    return true;
  }

  private static void figures(CsvTable.Row row, ValueFigures value, Map<String, Text> labels) {
    Text label = labels.get(value.code());
    row.text(value.code())
        .text(label == null ? null : label.nl())
        .text(label == null ? null : label.en());
    if (value.suppressed()) {
      // a suppressed value carries its code only: its zeros are not figures
      row.empty(9).flag(true).empty();
      return;
    }
    row.count(value.n())
        .number(value.importanceMean())
        .number(value.importanceSd())
        .number(value.satisfactionMean())
        .number(value.urgency())
        .number(value.topShare())
        .count(value.borda())
        .count(value.rank())
        .number(value.pTopK())
        .flag(false)
        .empty();
  }

  private static CsvTable.Row interval(CsvTable.Row row, Interval interval) {
    return interval.isDefined()
        ? row.number(interval.lower()).number(interval.upper())
        : row.empty(2);
  }

  private static Map<String, Text> labels(WishMap map) {
    Map<String, Text> labels = new HashMap<>();
    for (Value value : map.values()) {
      labels.put(value.code(), value.label());
    }
    return labels;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
