package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Report} as plain text: headings underlined, tables in aligned columns, bars
 * drawn with Unicode blocks (in eighths of a character) or, for terminals that cannot show them,
 * with {@code #}. In ASCII mode every other character outside ASCII is spelled in ASCII too, so the
 * report never prints as question marks.
 */
public final class TextRenderer {
  private static final String EIGHTHS = "▏▎▍▌▋▊▉";
  private static final char FULL_BLOCK = '█';

  /** How bars and special characters are drawn. */
  public enum Glyphs {
    /** Unicode block characters, for terminals that print UTF-8. */
    UNICODE,
    /** {@code #} bars and ASCII only, for everything else. */
    ASCII
  }

  private final Glyphs glyphs;
  private final int barWidth;
  private final int lineWidth;

  /**
   * A renderer.
   *
   * @param glyphs how bars and special characters are drawn
   * @param barWidth how many characters a full bar takes, at least 1
   * @param lineWidth where paragraphs wrap, at least 20
   */
  public TextRenderer(Glyphs glyphs, int barWidth, int lineWidth) {
    this.glyphs = requireNonNull(glyphs, "glyphs");
    if (barWidth < 1) {
      throw new IllegalArgumentException("barWidth must be at least 1, got " + barWidth);
    }
    if (lineWidth < 20) {
      throw new IllegalArgumentException("lineWidth must be at least 20, got " + lineWidth);
    }
    this.barWidth = barWidth;
    this.lineWidth = lineWidth;
  }

  /** A renderer with bars of 16 characters and lines of 100. */
  public static TextRenderer of(Glyphs glyphs) {
    return new TextRenderer(glyphs, 16, 100);
  }

  /** The report as text, ending with a line break. */
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    heading(out, report.title(), '=');
    for (String line : report.preface()) {
      wrap(out, line);
    }
    for (Section section : report.sections()) {
      out.append('\n');
      heading(out, section.title(), '-');
      for (Block block : section.blocks()) {
        if (block instanceof Block.Paragraph paragraph) {
          wrap(out, paragraph.text());
        } else if (block instanceof Block.Table table) {
          table(out, table);
        }
      }
    }
    return glyphs == Glyphs.ASCII ? ascii(out.toString()) : out.toString();
  }

  /** A bar of {@code value} against {@code max}, exactly {@code barWidth} characters wide. */
  public String bar(double value, double max) {
    double units = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value / max)) * barWidth;
    StringBuilder bar = new StringBuilder(barWidth);
    if (glyphs == Glyphs.ASCII) {
      bar.append("#".repeat((int) Math.round(units)));
    } else {
      int full = (int) Math.floor(units);
      int eighths = (int) Math.round((units - full) * 8);
      if (eighths == 8) {
        full++;
        eighths = 0;
      }
      bar.append(String.valueOf(FULL_BLOCK).repeat(full));
      if (eighths > 0) {
        bar.append(EIGHTHS.charAt(eighths - 1));
      }
    }
    while (bar.length() < barWidth) {
      bar.append(' ');
    }
    return bar.toString();
  }

  /** A number as the report shows it: {@link Locale#ROOT}, NaN as a dash. */
  public static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A share as a whole percentage, NaN as a dash. */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private void heading(StringBuilder out, String title, char underline) {
    out.append(title).append('\n');
    out.append(String.valueOf(underline).repeat(title.length())).append('\n');
  }

  private void wrap(StringBuilder out, String text) {
    if (text.isEmpty()) {
      out.append('\n');
      return;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > lineWidth) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }

  private void table(StringBuilder out, Block.Table table) {
    int columns = table.columns().size();
    List<String[]> texts = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      String[] cells = new String[columns];
      for (int c = 0; c < columns; c++) {
        cells[c] = cell(row.get(c));
      }
      texts.add(cells);
    }
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = table.columns().get(c).header().length();
      for (String[] cells : texts) {
        widths[c] = Math.max(widths[c], cells[c].length());
      }
    }
    String[] headers = new String[columns];
    String[] rules = new String[columns];
    for (int c = 0; c < columns; c++) {
      headers[c] = table.columns().get(c).header();
      rules[c] = "-".repeat(widths[c]);
    }
    line(out, table, widths, headers);
    line(out, table, widths, rules);
    for (String[] cells : texts) {
      line(out, table, widths, cells);
    }
  }

  private static void line(StringBuilder out, Block.Table table, int[] widths, String[] cells) {
    StringBuilder line = new StringBuilder("  ");
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(widths[c] - cells[c].length());
      if (table.columns().get(c).rightAligned()) {
        line.append(pad).append(cells[c]);
      } else {
        line.append(cells[c]).append(pad);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private String cell(Cell cell) {
    if (cell instanceof Cell.Text text) {
      return text.text();
    } else if (cell instanceof Cell.Number number) {
      return number.percent() ? percent(number.value()) : format(number.value(), number.decimals());
    } else if (cell instanceof Cell.Bar bar) {
      return bar(bar.value(), bar.max()) + " " + bar.label();
    }
    throw new IllegalStateException("unknown cell " + cell);
  }

  /** Spells text in ASCII: accents dropped, dashes and symbols written out. */
  static String ascii(String text) {
    String replaced =
        text.replace('–', '-')
            .replace('—', '-')
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace('“', '"')
            .replace('”', '"')
            .replace('·', '*')
            .replace('×', 'x')
            .replace("≥", ">=")
            .replace("≤", "<=")
            .replace("→", "->")
            .replace("€", "EUR ");
    String stripped = Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char ch = stripped.charAt(i);
      out.append(ch < 128 ? ch : '?');
    }
    return out.toString();
  }
}
