package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A paragraph or a table of a report section. */
public sealed interface Block {

  /**
   * Running text, wrapped to the report's width.
   *
   * @param text the text
   */
  record Paragraph(String text) implements Block {
    public Paragraph {
      requireNonNull(text, "text");
    }
  }

  /**
   * A table whose cells may be text, numbers or bars.
   *
   * @param columns the columns
   * @param rows the rows, each with one cell per column
   */
  record Table(List<Column> columns, List<List<Cell>> rows) implements Block {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r).size() != columns.size()) {
          throw new IllegalArgumentException(
              "row "
                  + r
                  + " has "
                  + rows.get(r).size()
                  + " cells but the table has "
                  + columns.size()
                  + " columns");
        }
      }
    }
  }

  /**
   * A table column.
   *
   * @param header the column's heading
   * @param rightAligned whether the column is aligned to the right (numbers)
   */
  record Column(String header, boolean rightAligned) {
    public Column {
      requireNonNull(header, "header");
    }

    /** A left-aligned column. */
    public static Column left(String header) {
      return new Column(header, false);
    }

    /** A right-aligned column. */
    public static Column right(String header) {
      return new Column(header, true);
    }
  }
}
