package io.cohesion.rest.mapping;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Streams a responses CSV for a {@link Scale} (docs/cli.md) row by row, so that files of millions
 * of rows never sit in memory.
 *
 * <p>Each item is a column named by its id; a {@code respondent} column may hold pseudonyms; a
 * grouping column may be named. Every other column is ignored. An empty cell is a missing answer.
 * Answers must be numbers within the scale's response range, written with a decimal point (or a
 * decimal comma when cells are not separated by commas, see {@link CsvFormat}). A row with nothing
 * in it at all is skipped. Rows are numbered with the header as row 1.
 *
 * <p>The reader is immutable; {@link #groupBy}, {@link #format} and {@link #onProgress} return
 * configured copies.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ScaleResponsesCsv {
  /** The name of the column that holds pseudonyms. */
  public static final String RESPONDENT = "respondent";

  /** Receives the rows of a responses CSV. */
  @FunctionalInterface
  public interface RowHandler {
    /**
     * One data row.
     *
     * @param respondent the pseudonym, or null when the file has no {@code respondent} column or
     *     the cell is empty
     * @param answers raw answers in item order (before reversal), NaN where missing; a new array
     *     per row that the handler may keep
     * @param group the grouping column's value, or null when no grouping column was asked for or
     *     the cell is empty
     * @throws IllegalArgumentException to refuse the row (for example a respondent seen before);
     *     the reader stops with a {@link FileFormatException} naming the row and this message
     */
    void row(String respondent, double[] answers, String group);
  }

  private final Scale scale;
  private final Optional<String> groupColumn;
  private final ProgressListener progress;
  private final CsvFormat format;
  private final boolean splitRows;

  private ScaleResponsesCsv(
      Scale scale,
      Optional<String> groupColumn,
      ProgressListener progress,
      CsvFormat format,
      boolean splitRows) {
    this.scale = requireNonNull(scale, "scale");
    this.groupColumn = groupColumn;
    this.progress = requireNonNull(progress, "progress");
    this.format = requireNonNull(format, "format");
    this.splitRows = splitRows;
  }

  /**
   * A reader for responses to {@code scale}, without grouping, detecting the separator and the
   * encoding.
   */
  public static ScaleResponsesCsv forScale(Scale scale) {
    return new ScaleResponsesCsv(
        scale, Optional.empty(), ProgressListener.none(), CsvFormat.detected(), true);
  }

  /** A copy that also reads the grouping column {@code column}, which the file must have. */
  public ScaleResponsesCsv groupBy(String column) {
    return new ScaleResponsesCsv(scale, Optional.of(column), progress, format, splitRows);
  }

  /** A copy that reports progress to {@code listener}. */
  public ScaleResponsesCsv onProgress(ProgressListener listener) {
    return new ScaleResponsesCsv(scale, groupColumn, listener, format, splitRows);
  }

  /** A copy that reads files written in {@code format}. */
  public ScaleResponsesCsv format(CsvFormat format) {
    return new ScaleResponsesCsv(scale, groupColumn, progress, format, splitRows);
  }

  /**
   * A copy that reads every row cell by cell, never splitting a whole row at once: the same rows
   * and refusals, more slowly. Tests hold the two ways against each other.
   */
  ScaleResponsesCsv cellByCell() {
    return new ScaleResponsesCsv(scale, groupColumn, progress, format, false);
  }

  /**
   * Reads the file at {@code file}; errors name the file as given.
   *
   * @return the number of data rows handed to {@code handler}
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the file cannot be read
   */
  public long read(Path file, RowHandler handler) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), handler);
    }
  }

  /**
   * Reads the file at {@code file} into {@code builder}, which copies each row's answers, so that
   * one array serves every row instead of a new one per row; errors name the file as given, and a
   * row the builder refuses (a respondent seen before) is named by its row.
   *
   * @return the number of data rows added to {@code builder}
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the file cannot be read
   */
  public long read(Path file, ScaleData.Builder builder) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), builder::add, true);
    }
  }

  /**
   * Reads a responses CSV from {@code in}.
   *
   * @param source the name used in error messages
   * @return the number of data rows handed to {@code handler}
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the stream cannot be read
   */
  public long read(InputStream in, String source, RowHandler handler) throws IOException {
    return read(in, source, handler, false);
  }

  /**
   * @param reuseAnswers whether one answers array may serve every row, because the handler copies
   *     it: every row writes each item, from its cell or as missing
   */
  private long read(InputStream in, String source, RowHandler handler, boolean reuseAnswers)
      throws IOException {
    try (CsvScanner csv = CsvScanner.open(in, source, format)) {
      Columns columns = columns(csv, source);
      int k = scale.size();
      ResponseRange range = scale.response();
      TextPool groups = new TextPool();
      long rows = 0;
      Row row = new Row();
      double[] shared = new double[k];
      while (csv.nextRow()) {
        double[] answers = reuseAnswers ? shared : new double[k];
        // Most rows are split whole in one pass; a row the split does not take (a quoted cell, a
        // row across the end of the buffer, anything to refuse) is read cell by cell, which says
        // what is wrong with it.
        int split = splitRows ? csv.splitRow() : -1;
        if (split >= 0 && readSplit(csv, split, columns, range, groups, answers, row)) {
          csv.endSplitRow();
        } else {
          readCells(csv, columns, range, groups, answers, row);
        }
        String respondent = row.respondent;
        String group = row.group;
        boolean anything = row.anything;
        int cells = row.cells;
        if (!anything) {
          continue;
        }
        if (cells < columns.itemOf.length) {
          // A short row: the items in the columns it did not reach are missing.
          for (int i = 0; i < k; i++) {
            if (columns.columnOfItem[i] >= cells) {
              answers[i] = Double.NaN;
            }
          }
        }
        try {
          handler.row(respondent, answers, group);
        } catch (IllegalArgumentException refused) {
          throw FileFormatException.of(source, "row " + csv.row(), refused.getMessage());
        }
        rows++;
        if (rows % ProgressListener.INTERVAL == 0) {
          progress.rowsRead(rows);
        }
      }
      return rows;
    }
  }

  /** What one row held, besides its answers. */
  private static final class Row {
    String respondent;
    String group;
    boolean anything;
    int cells;
  }

  /**
   * Reads the cells of a row that {@link CsvScanner#splitRow} split.
   *
   * @return false, having read nothing the caller keeps, when a cell is to be refused: reading the
   *     row cell by cell then says why, with the row and column
   */
  private static boolean readSplit(
      CsvScanner csv,
      int cells,
      Columns columns,
      ResponseRange range,
      TextPool groups,
      double[] answers,
      Row row) {
    int[] itemOf = columns.itemOf;
    String respondent = null;
    String group = null;
    boolean anything = false;
    for (int column = 0; column < cells; column++) {
      int item = itemOf[column];
      if (item >= 0) {
        double answer;
        try {
          answer = csv.splitNumber(column);
        } catch (IllegalArgumentException notANumber) {
          return false;
        }
        answers[item] = answer;
        if (!Double.isNaN(answer)) {
          if (!range.contains(answer)) {
            return false;
          }
          anything = true;
        }
      } else if (column == columns.respondent || column == columns.group) {
        String text =
            column == columns.group ? csv.splitText(column, groups) : csv.splitText(column).strip();
        if (InputBounds.textProblem(text, InputBounds.MAX_SHORT_TEXT).isPresent()) {
          return false;
        }
        if (!text.isEmpty()) {
          anything = true;
          if (column == columns.respondent) {
            respondent = text;
          }
          if (column == columns.group) {
            group = text;
          }
        }
      } else if (!anything && !csv.splitBlank(column)) {
        anything = true;
      }
    }
    row.respondent = respondent;
    row.group = group;
    row.anything = anything;
    row.cells = cells;
    return true;
  }

  /** Reads a row cell by cell. */
  private static void readCells(
      CsvScanner csv,
      Columns columns,
      ResponseRange range,
      TextPool groups,
      double[] answers,
      Row row)
      throws IOException {
    String respondent = null;
    String group = null;
    boolean anything = false;
    int cells = 0;
    while (csv.nextCell()) {
      int column = csv.column();
      cells = column + 1;
      int item = columns.itemOf[column];
      if (item >= 0) {
        double answer = csv.number();
        answers[item] = answer;
        if (!Double.isNaN(answer)) {
          if (!range.contains(answer)) {
            throw csv.error("must be within " + range + ", got " + csv.text().strip());
          }
          anything = true;
        }
      } else if (column == columns.respondent || column == columns.group) {
        // One string per distinct group, not per row: the handler may keep millions of them.
        String text = column == columns.group ? csv.text(groups) : csv.text().strip();
        Optional<String> problem = InputBounds.textProblem(text, InputBounds.MAX_SHORT_TEXT);
        if (problem.isPresent()) {
          throw csv.error(problem.get());
        }
        if (!text.isEmpty()) {
          anything = true;
          if (column == columns.respondent) {
            respondent = text;
          }
          if (column == columns.group) {
            group = text;
          }
        }
      } else if (!anything && !csv.isBlank()) {
        anything = true;
      }
    }
    row.respondent = respondent;
    row.group = group;
    row.anything = anything;
    row.cells = cells;
  }

  /** Where the items, the respondent and the group are in the header. */
  private static final class Columns {
    final int[] itemOf;
    final int[] columnOfItem;
    int respondent = -1;
    int group = -1;

    Columns(int size, int items) {
      itemOf = new int[size];
      Arrays.fill(itemOf, -1);
      columnOfItem = new int[items];
    }
  }

  private Columns columns(CsvScanner csv, String source) {
    List<String> header = csv.header();
    Columns columns = new Columns(header.size(), scale.size());
    List<FieldError> errors = new ArrayList<>();
    int[] columnOfItem = columns.columnOfItem;
    Arrays.fill(columnOfItem, -1);
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      int item = scale.indexOf(name);
      if (item >= 0) {
        if (columnOfItem[item] >= 0) {
          errors.add(new FieldError("column " + name, "appears twice in the header"));
        }
        columnOfItem[item] = c;
        columns.itemOf[c] = item;
        if (groupColumn.isPresent() && name.equals(groupColumn.get())) {
          errors.add(
              new FieldError(
                  "column " + name, "is an item of the scale and cannot group respondents"));
        }
        continue;
      }
      if (groupColumn.isPresent() && name.equals(groupColumn.get())) {
        if (columns.group >= 0) {
          errors.add(new FieldError("column " + name, "appears twice in the header"));
        }
        columns.group = c;
      }
      if (name.equals(RESPONDENT)) {
        if (columns.respondent >= 0) {
          errors.add(new FieldError("column " + name, "appears twice in the header"));
        }
        columns.respondent = c;
      }
    }
    for (int i = 0; i < scale.size(); i++) {
      if (columnOfItem[i] < 0) {
        String id = scale.items().get(i).id();
        errors.add(
            new FieldError(
                "column " + id,
                "missing: item '"
                    + id
                    + "' of scale "
                    + scale.id()
                    + " has no column"
                    + hint(id, header)));
      }
    }
    if (groupColumn.isPresent() && columns.group < 0 && scale.indexOf(groupColumn.get()) < 0) {
      errors.add(
          new FieldError(
              "column " + groupColumn.get(),
              "missing: the grouping column is not in the header"
                  + hint(groupColumn.get(), header)));
    }
    if (!errors.isEmpty()) {
      if (errors.stream().anyMatch(e -> e.reason().startsWith("missing"))) {
        // A missing column is most often a file read with the wrong separator or encoding.
        errors.add(csv.assumption());
      }
      throw new FileFormatException(source, errors);
    }
    return columns;
  }

  /** Points at a column that differs only in case, the most common slip in hand-made headers. */
  static String hint(String wanted, List<String> header) {
    String lower = wanted.toLowerCase(Locale.ROOT);
    return header.stream()
        .filter(h -> h.toLowerCase(Locale.ROOT).equals(lower))
        .findFirst()
        .map(h -> " (the header has '" + h + "'; names are case-sensitive)")
        .orElse("");
  }
}
