package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A table written as CSV (RFC 4180): a header row, then one line per row, every line ended by CRLF;
 * a cell holding a comma, a double quote or a line break is quoted, its quotes doubled.
 *
 * <p>Cells are typed. A number is written as the JSON documents write it (the shortest text that
 * reads back as the same double, with a decimal point), and an undefined one (NaN) as an empty
 * cell, where the JSON has {@code null}. Text (labels, codes, names: anything a person typed) is
 * neutralised for spreadsheets: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab, a carriage return or a line feed gets a leading {@code '}, so that a spreadsheet shows it
 * instead of running it as a formula (the OWASP advice on CSV injection). Numbers are never
 * prefixed: -0.25 stays a number.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CsvTable {
  private static final String LINE_END = "\r\n";

  private final List<String> columns;
  private final List<Row> rows = new ArrayList<>();

  /** An empty table with the header {@code columns}. */
  public CsvTable(List<String> columns) {
    this.columns = List.copyOf(columns);
    if (this.columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
  }

  /** The header. */
  public List<String> columns() {
    return columns;
  }

  /** Starts a new row at the end of the table; fill it in column order. */
  public Row row() {
    Row row = new Row();
    rows.add(row);
    return row;
  }

  /**
   * The table as CSV text.
   *
   * @throws IllegalStateException when a row does not have one cell per column
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    columns.forEach(column -> header.add(encode(column)));
    line(out, header);
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i).cells;
      if (cells.size() != columns.size()) {
        throw new IllegalStateException(
            "row " + (i + 1) + " has " + cells.size() + " cells, the header " + columns.size());
      }
      line(out, cells);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(String.join(",", cells)).append(LINE_END);
  }

  /** A text cell: neutralised for spreadsheets, then quoted where RFC 4180 asks for it. */
  static String encode(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = executable(value.charAt(0)) ? "'" + value : value;
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\r') < 0
        && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  private static boolean executable(char first) {
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
      default -> false;
    };
  }

  /** One row of the table, filled cell by cell. */
  public static final class Row {
    private final List<String> cells = new ArrayList<>();

    private Row() {}

    /** A text cell; null is an empty cell. */
    public Row text(String value) {
      cells.add(encode(value));
      return this;
    }

    /** A figure; an empty cell when it is not a finite number (the JSON's null). */
    public Row number(double value) {
      cells.add(Double.isFinite(value) ? Double.toString(value) : "");
      return this;
    }

    /** A count. */
    public Row count(long value) {
      cells.add(Long.toString(value));
      return this;
    }

    /** {@code true} or {@code false}. */
    public Row flag(boolean value) {
      cells.add(Boolean.toString(value));
      return this;
    }

    /** An empty cell: a figure that is withheld or absent. */
    public Row empty() {
      cells.add("");
      return this;
    }

    /** {@code count} empty cells. */
    public Row empty(int count) {
      for (int i = 0; i < count; i++) {
        cells.add("");
      }
      return this;
    }
  }
}
