package io.cohesion.examples.scenario;

import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.examples.scenario.report.Block;
import io.cohesion.examples.scenario.report.Cell;
import io.cohesion.examples.scenario.report.PlainWords;
import io.cohesion.examples.scenario.report.Section;
import io.cohesion.examples.scenario.report.TextRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The red-thread sections of the workshop report: values, the key segment, the networks. */
final class RedThreadSections {
  static final String RED_THREAD = "The red thread: values ranked by urgency";
  static final String NETWORKS = "Where people already move for";

  private RedThreadSections() {}

  static String keySegmentTitle(String segment) {
    return "What differs for " + segment.replace('_', ' ');
  }

  static Section values(WishMap map, RedThread thread) {
    int k = map.topChoices();
    List<List<Cell>> rows = new ArrayList<>();
    for (ValueFigures v : thread.values()) {
      rows.add(
          List.of(
              Cell.text(Integer.toString(v.rank())),
              Cell.text(label(map, v.code())),
              Cell.bar(v.urgency(), 1, TextRenderer.format(v.urgency(), 3)),
              Cell.bar(v.pTopK(), 1, TextRenderer.percent(v.pTopK())),
              Cell.percent(v.topShare()),
              Cell.number(v.importanceMean(), 2),
              Cell.number(v.satisfactionMean(), 2)));
    }
    Block.Table table =
        new Block.Table(
            List.of(
                Block.Column.right("#"),
                Block.Column.left("value"),
                Block.Column.left("urgency"),
                Block.Column.left("in top " + k + " (pTopK)"),
                Block.Column.right("named top " + k),
                Block.Column.right("importance"),
                Block.Column.right("satisfaction")),
            rows);
    List<String> top =
        thread.values().stream()
            .limit(k)
            .map(v -> label(map, v.code()).toLowerCase(Locale.ROOT))
            .toList();
    return new Section(
        RED_THREAD,
        List.of(
            new Block.Paragraph(
                String.format(
                    Locale.ROOT,
                    "%d respondents. Most urgent: %s. Urgency is high when a value is important"
                        + " and residents are not satisfied with it (0 to 1). pTopK is the share of"
                        + " bootstrap resamples in which the value ranks in the top %d: how sure"
                        + " the workshop can be of the order.",
                    thread.n(),
                    String.join(", ", top),
                    k)),
            table,
            new Block.Paragraph(agreement(thread.kendallW()))));
  }

  static String agreement(double w) {
    if (Double.isNaN(w)) {
      return "Kendall's W could not be computed: too few respondents rated every value.";
    }
    String strength = w < 0.1 ? "very weak" : w < 0.3 ? "weak" : w < 0.5 ? "moderate" : "strong";
    return String.format(
        Locale.ROOT,
        "Kendall's W = %.3f: %s agreement among respondents on the order of importance"
            + " (0 = none, 1 = all the same). The segments below show where views part.",
        w,
        strength);
  }

  static Section keySegment(WishMap map, RedThread thread, String column, String segment) {
    Map<String, ValueFigures> overall = new HashMap<>();
    thread.values().forEach(v -> overall.put(v.code(), v));
    List<Block> blocks = new ArrayList<>();
    Optional<SegmentFigures> key =
        thread.segments().stream()
            .filter(s -> s.column().equals(column) && s.value().equals(segment))
            .findFirst();
    if (key.isEmpty() || key.get() instanceof SegmentFigures.Suppressed) {
      blocks.add(
          new Block.Paragraph(
              column + " = " + segment + " is not shown: too few respondents (small-group rule)."));
    } else {
      SegmentFigures.Published figures = (SegmentFigures.Published) key.get();
      List<List<Cell>> rows = new ArrayList<>();
      for (ValueFigures v : figures.values().subList(0, Math.min(6, figures.values().size()))) {
        ValueFigures all = overall.get(v.code());
        rows.add(
            List.of(
                Cell.text(Integer.toString(v.rank())),
                Cell.text(label(map, v.code())),
                Cell.bar(v.urgency(), 1, TextRenderer.format(v.urgency(), 3)),
                Cell.number(all.urgency(), 3),
                Cell.text(signed(v.urgency() - all.urgency())),
                Cell.text(Integer.toString(all.rank())),
                Cell.percent(v.pTopK())));
      }
      blocks.add(
          new Block.Paragraph(
              String.format(
                  Locale.ROOT,
                  "%s = %s, %d respondents: their six most urgent values beside everyone's.",
                  column,
                  segment,
                  figures.n())));
      blocks.add(
          new Block.Table(
              List.of(
                  Block.Column.right("#"),
                  Block.Column.left("value"),
                  Block.Column.left("urgency " + segment.replace('_', ' ')),
                  Block.Column.right("everyone"),
                  Block.Column.right("difference"),
                  Block.Column.right("rank everyone"),
                  Block.Column.right("pTopK")),
              rows));
    }
    blocks.add(new Block.Paragraph("Every segment's three most urgent values:"));
    List<List<Cell>> rows = new ArrayList<>();
    for (SegmentFigures s : thread.segments()) {
      if (s instanceof SegmentFigures.Published published) {
        rows.add(
            List.of(
                Cell.text(s.column() + " = " + s.value()),
                Cell.text(Integer.toString(published.n())),
                Cell.text(
                    published.values().stream()
                        .limit(map.topChoices())
                        .map(v -> v.code())
                        .collect(Collectors.joining(", ")))));
      } else {
        rows.add(
            List.of(
                Cell.text(s.column() + " = " + s.value()),
                Cell.text("-"),
                Cell.text("suppressed: fewer than the small-group rule allows")));
      }
    }
    blocks.add(
        new Block.Table(
            List.of(
                Block.Column.left("segment"),
                Block.Column.right("n"),
                Block.Column.left("most urgent")),
            rows));
    return new Section(keySegmentTitle(segment), blocks);
  }

  static Section networks(RedThread thread, String column, String segment) {
    List<List<Cell>> rows = new ArrayList<>();
    for (NetworkFigures network : thread.networks()) {
      Cell inSegment =
          network.segments().stream()
              .filter(s -> s.column().equals(column) && s.value().equals(segment))
              .findFirst()
              .map(
                  s ->
                      s instanceof NetworkFigures.SegmentCount.Published p
                          ? Cell.percent(p.share())
                          : Cell.text("suppressed"))
              .orElse(Cell.text("-"));
      if (network.suppressed()) {
        rows.add(
            List.of(
                Cell.text(network.name()), Cell.text("suppressed"), Cell.text(""), Cell.text("")));
        continue;
      }
      rows.add(
          List.of(
              Cell.text(network.name()),
              Cell.text(Integer.toString(network.n())),
              Cell.bar(network.share(), 1, TextRenderer.percent(network.share())),
              inSegment));
    }
    return new Section(
        NETWORKS,
        List.of(
            new Block.Paragraph(
                "The clubs and yearly events respondents take part in: the activity can ride on"
                    + " them."),
            new Block.Table(
                List.of(
                    Block.Column.left("network"),
                    Block.Column.right("n"),
                    Block.Column.left("share of everyone"),
                    Block.Column.right("share of " + segment.replace('_', ' '))),
                rows)));
  }

  static String label(WishMap map, String code) {
    return map.value(code).map(v -> v.label().en()).orElse(code);
  }

  private static String signed(double d) {
    return Double.isNaN(d) ? "-" : (d >= 0 ? "+" : "") + PlainWords.number(d);
  }
}
