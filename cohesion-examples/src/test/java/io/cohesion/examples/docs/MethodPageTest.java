package io.cohesion.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numbers of respondents in docs/method.md ("How many respondents a neighbourhood needs") are
 * those that {@code src/test/r/respondents.R} computed and committed in {@code respondents.csv}:
 * every figure of the script appears on the page, in the sentence or table cell that reads it.
 */
class MethodPageTest {
  private static final int[] SIZES = {5, 10, 20, 30, 50, 100};
  private static final List<String> SPREADS = List.of("0.6", "0.8", "1.0");

  private static Map<String, String> figures;
  private static String page;

  @BeforeAll
  static void read() throws IOException {
    figures = new LinkedHashMap<>();
    try (InputStream in = MethodPageTest.class.getResourceAsStream("respondents.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("name,value");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        figures.put(cells[0], cells[1]);
      }
    }
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("docs")) ? here : here.getParent();
    page = Files.readString(root.resolve("docs/method.md"));
  }

  private static final Set<String> USED = new HashSet<>();

  private static String figure(String name, String format) {
    String value = figures.get(name);
    assertThat(value).as("respondents.csv has " + name).isNotNull();
    USED.add(name);
    return String.format(Locale.ROOT, format, Double.parseDouble(value));
  }

  private static String n(String name) {
    return figure(name, "%.0f");
  }

  /** The page's text with every run of white space as one space, as a reader sees it. */
  private static String text() {
    return page.replaceAll("\\s+", " ");
  }

  @Test
  void theTableOfHalfWidthsHoldsTheComputedFigures() {
    for (String sd : SPREADS) {
      String row =
          page.lines()
              .filter(l -> l.startsWith("| " + sd + " points |"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for sd " + sd));
      String[] cells = row.split("\\|");
      for (int i = 0; i < SIZES.length; i++) {
        String name = "halfwidth." + sd + "." + SIZES[i];
        assertThat(cells[i + 2].strip()).as(name).isEqualTo("±" + figure(name, "%.2f"));
      }
    }
  }

  @Test
  void theSentencesNameTheComputedNumbers() {
    List<String> sentences =
        List.of(
            "With an sd of 0.8 points, a mean within ±0.5 points needs "
                + n("n.mean.0.8.0.50")
                + " respondents and within ±0.25 points "
                + n("n.mean.0.8.0.25")
                + "; with an sd of 1.0 points, "
                + n("n.mean.1.0.0.50")
                + " and "
                + n("n.mean.1.0.0.25")
                + ".",
            "(sd 0.25) a value's urgency is known within ±0.10 from "
                + n("n.urgency.0.25.0.10")
                + " respondents and within ±0.05 from "
                + n("n.urgency.0.25.0.05")
                + ".",
            n("n.urgency.0.50.0.10")
                + " respondents give ±0.10 and "
                + n("n.urgency.0.50.0.05")
                + " give ±0.05.",
            "(Hedges' g or d_z of 0.5) with "
                + n("n.independent.0.5")
                + " households per wave, or with "
                + n("n.paired.0.5")
                + " households that answer both waves; a small change (0.3) needs "
                + n("n.independent.0.3")
                + " per wave, or "
                + n("n.paired.0.3")
                + " that answer both.",
            "(ICC(2) of at least 0.70) with "
                + n("k.icc2.0.05")
                + " respondents per neighbourhood when neighbourhoods differ little (ICC(1) ="
                + " 0.05), "
                + n("k.icc2.0.10")
                + " when they differ moderately (ICC(1) = 0.10) and "
                + n("k.icc2.0.20")
                + " when they differ a lot (ICC(1) = 0.20).",
            "its estimate varies by "
                + figure("se.icc1.J10", "%.3f")
                + " (one standard deviation) over 10 neighbourhoods, "
                + figure("se.icc1.J20", "%.3f")
                + " over 20 and "
                + figure("se.icc1.J40", "%.3f")
                + " over 40.");
    String text = text();
    for (String sentence : sentences) {
      assertThat(text).contains(sentence);
    }
  }

  @Test
  void everyFigureOfTheScriptIsOnThePage() {
    theTableOfHalfWidthsHoldsTheComputedFigures();
    theSentencesNameTheComputedNumbers();

    assertThat(USED).containsExactlyInAnyOrderElementsOf(figures.keySet());
  }
}
