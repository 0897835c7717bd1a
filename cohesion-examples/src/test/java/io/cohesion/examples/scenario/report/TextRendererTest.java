package io.cohesion.examples.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.examples.scenario.report.TextRenderer.Glyphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private final TextRenderer unicode = new TextRenderer(Glyphs.UNICODE, 10, 40);
  private final TextRenderer ascii = new TextRenderer(Glyphs.ASCII, 10, 40);

  @Test
  void aFullBarFillsItsWidthWithBlocks() {
    assertThat(unicode.bar(1, 1)).isEqualTo("█".repeat(10));
    assertThat(ascii.bar(1, 1)).isEqualTo("#".repeat(10));
  }

  @Test
  void aHalfBarIsHalfTheWidthAndPaddedWithSpaces() {
    assertThat(unicode.bar(0.5, 1)).isEqualTo("█████     ");
    assertThat(ascii.bar(0.5, 1)).isEqualTo("#####     ");
  }

  @Test
  void unicodeBarsShowEighthsOfACharacter() {
    // 0.3 of 10 characters = 3 full blocks; 0.0375·10 = 3/8 of one more
    assertThat(unicode.bar(0.3375, 1)).isEqualTo("███▍      ");
    // ASCII rounds to whole characters
    assertThat(ascii.bar(0.3375, 1)).isEqualTo("###       ");
  }

  @Test
  void barsStayWithinTheirWidth() {
    assertThat(unicode.bar(7, 1)).isEqualTo("█".repeat(10));
    assertThat(unicode.bar(-1, 1)).isEqualTo(" ".repeat(10));
    assertThat(unicode.bar(Double.NaN, 1)).isEqualTo(" ".repeat(10));
  }

  @Test
  void numbersUseTheRootLocaleWhateverTheDefault() {
    // surefire runs under hi_IN, whose default digits and separators differ
    assertThat(TextRenderer.format(1234.5678, 2)).isEqualTo("1234.57");
    assertThat(TextRenderer.percent(0.256)).isEqualTo("26%");
    assertThat(TextRenderer.format(Double.NaN, 2)).isEqualTo("-");
  }

  @Test
  void tablesAlignTheirColumns() {
    Block.Table table =
        new Block.Table(
            List.of(Block.Column.left("value"), Block.Column.right("urgency")),
            List.of(
                List.of(Cell.text("youth"), Cell.number(0.639, 3)),
                List.of(Cell.text("affordability"), Cell.number(0.32, 3))));
    Report report = new Report("T", List.of(), List.of(Section.of("S", table)));

    String text = unicode.render(report);

    assertThat(text)
        .contains(
            "  value          urgency\n"
                + "  -------------  -------\n"
                + "  youth            0.639\n"
                + "  affordability    0.320\n");
  }

  @Test
  void barCellsCarryTheirLabel() {
    Block.Table table =
        new Block.Table(
            List.of(Block.Column.left("pTopK")), List.of(List.of(Cell.bar(0.5, 1, "50%"))));
    String text = ascii.render(new Report("T", List.of(), List.of(Section.of("S", table))));

    assertThat(text).contains("  #####      50%\n");
  }

  @Test
  void headingsAreUnderlinedAndParagraphsWrap() {
    Report report =
        new Report(
            "Title",
            List.of("one two three four five six seven eight nine ten eleven twelve"),
            List.of(Section.of("Part", new Block.Paragraph("short"))));

    String text = unicode.render(report);

    assertThat(text)
        .isEqualTo(
            "Title\n=====\n"
                + "one two three four five six seven eight\n"
                + "nine ten eleven twelve\n"
                + "\nPart\n----\nshort\n");
  }

  @Test
  void asciiModeSpellsEverythingInAscii() {
    Report report =
        new Report(
            "Coöperatie — 1–5",
            List.of("≥ 5 respondents"),
            List.of(
                Section.of(
                    "S",
                    new Block.Table(
                        List.of(Block.Column.left("x")), List.of(List.of(Cell.bar(1, 2, "½")))))));

    String text = ascii.render(report);

    assertThat(text).contains("Cooperatie - 1-5", ">= 5 respondents", "#####");
    assertThat(text.chars()).allMatch(c -> c < 128);
  }
}
