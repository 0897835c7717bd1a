package io.cohesion.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain text table: a header row and aligned columns, text to the left and figures to the right,
 * numbers with three decimals in {@link Locale#ROOT} so that a table reads the same everywhere.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final String[] header;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param header the column titles; a title starting with {@code >} is right-aligned (the {@code
   *     >} is not shown)
   */
  TextTable(String... header) {
    this.header = new String[header.length];
    this.rightAligned = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      rightAligned[i] = header[i].startsWith(">");
      this.header[i] = rightAligned[i] ? header[i].substring(1) : header[i];
    }
  }

  /** Adds a row; missing trailing cells are blank. */
  TextTable row(String... cells) {
    if (cells.length > header.length) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + header.length + " columns");
    }
    String[] row = Arrays.copyOf(cells, header.length);
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        row[i] = "";
      }
    }
    rows.add(row);
    return this;
  }

  /** Prints the table, each line indented by {@code indent}. */
  void print(PrintWriter out, String indent) {
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    line(out, indent, header, widths);
    for (String[] row : rows) {
      line(out, indent, row, widths);
    }
  }

  private void line(PrintWriter out, String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String pad = " ".repeat(widths[i] - cells[i].length());
      line.append(rightAligned[i] ? pad + cells[i] : cells[i] + pad);
    }
    out.println(line.toString().stripTrailing());
  }

  /** A figure with three decimals, or {@code –} when it is undefined. */
  static String figure(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
  }

  /** A count, grouped in thousands with commas regardless of the default locale. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A 95% interval as {@code [lower, upper]}. */
  static String interval(double lower, double upper) {
    return "[" + figure(lower) + ", " + figure(upper) + "]";
  }
}
