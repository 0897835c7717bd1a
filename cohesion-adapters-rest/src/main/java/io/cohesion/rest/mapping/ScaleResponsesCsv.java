package io.cohesion.rest.mapping;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Streams a responses CSV for a {@link Scale} (docs/cli.md) row by row, so that files of millions
 * of rows never sit in memory.
 *
 * <p>Each item is a column named by its id; a {@code respondent} column may hold pseudonyms; a
 * grouping column may be named, and so may attribute columns (those a measurement declares), which
 * are read where the header has them. Every other column is ignored. An empty cell is a missing
 * answer. Answers must be numbers within the scale's response range, written with a decimal point
 * (or a decimal comma when cells are not separated by commas, see {@link CsvFormat}). A row with
 * nothing in it at all is skipped. Rows are numbered with the header as row 1.
 *
 * <p>The reader is immutable; {@link #groupBy}, {@link #attributes}, {@link #format} and {@link
 * #onProgress} return configured copies.
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

  /** Receives the rows of a responses CSV with the values of their attribute columns. */
  @FunctionalInterface
  public interface AttributedRowHandler {
    /**
     * One data row.
     *
     * @param respondent as {@link RowHandler#row}
     * @param answers as {@link RowHandler#row}
     * @param group as {@link RowHandler#row}
     * @param attributes the value of each {@linkplain #attributes attribute column} the header has
     *     whose cell is not empty, by column; a new map per row
     * @throws IllegalArgumentException as {@link RowHandler#row}; a {@link CellsRefused} names the
     *     columns as well
     */
    void row(String respondent, double[] answers, String group, Map<String, String> attributes);
  }

  /**
   * Thrown by a row handler to refuse cells of the row: the reader stops with a {@link
   * FileFormatException} that names each cell by the row, as the file numbers it, and its column.
   */
  public static final class CellsRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Each refused cell: the column as the field, and why. */
    private final List<FieldError> cells;

    /**
     * @param cells each refused cell, with its column name as the field; at least one
     */
    public CellsRefused(List<FieldError> cells) {
      super(cells.isEmpty() ? "no cell refused" : cells.get(0).reason());
      if (cells.isEmpty()) {
        throw new IllegalArgumentException("at least one refused cell");
      }
      this.cells = List.copyOf(cells);
    }

    /** A refusal of the cell in {@code column}. */
    public static CellsRefused of(String column, String reason) {
      return new CellsRefused(List.of(new FieldError(column, reason)));
    }

    /** Each refused cell, with its column name as the field. */
    public List<FieldError> cells() {
      return cells;
    }
  }

  private final Scale scale;
  private final Optional<String> groupColumn;
  private final List<String> attributeColumns;
  private final ProgressListener progress;
  private final CsvFormat format;
  private final boolean splitRows;

  private ScaleResponsesCsv(
      Scale scale,
      Optional<String> groupColumn,
      List<String> attributeColumns,
      ProgressListener progress,
      CsvFormat format,
      boolean splitRows) {
    this.scale = requireNonNull(scale, "scale");
    this.groupColumn = groupColumn;
    this.attributeColumns = List.copyOf(attributeColumns);
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
        scale, Optional.empty(), List.of(), ProgressListener.none(), CsvFormat.detected(), true);
  }

  /** A copy that also reads the grouping column {@code column}, which the file must have. */
  public ScaleResponsesCsv groupBy(String column) {
    return new ScaleResponsesCsv(
        scale, Optional.of(column), attributeColumns, progress, format, splitRows);
  }

  /**
   * A copy that also reads the attribute columns {@code columns} (a measurement's declared columns)
   * into each row's attributes, for a {@link AttributedRowHandler}: those the header has, none of
   * them required. A column that is an item of the scale, or in the header twice, is a header
   * error.
   */
  public ScaleResponsesCsv attributes(Collection<String> columns) {
    return new ScaleResponsesCsv(
        scale, groupColumn, List.copyOf(columns), progress, format, splitRows);
  }

  /** A copy that reports progress to {@code listener}. */
  public ScaleResponsesCsv onProgress(ProgressListener listener) {
    return new ScaleResponsesCsv(scale, groupColumn, attributeColumns, listener, format, splitRows);
  }

  /** A copy that reads files written in {@code format}. */
  public ScaleResponsesCsv format(CsvFormat format) {
    return new ScaleResponsesCsv(scale, groupColumn, attributeColumns, progress, format, splitRows);
  }

  /**
   * A copy that reads every row cell by cell, never splitting a whole row at once: the same rows
   * and refusals, more slowly. Tests hold the two ways against each other.
   */
  ScaleResponsesCsv cellByCell() {
    return new ScaleResponsesCsv(scale, groupColumn, attributeColumns, progress, format, false);
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
      return read(in, file.toString(), (r, a, g, attributes) -> builder.add(r, a, g), true);
    }
  }

  /**
   * Reads the file at {@code file} into the data of the scale, in chunks on every core: the same
   * data, the same refusal (message, row and column) and the same progress reports as {@link
   * #read(Path, ScaleData.Builder)} into a new builder, whose checks {@link ScaleData#ofColumns}
   * makes. Chunks are read independently; where one does not start where the one before it ended (a
   * quoted line break across its start), it is read again from there. A file in which any chunk
   * finds something to refuse, or whose chunks decide different encodings, is read again row by
   * row, which names its first problem as always: a bad file costs a second reading, a good one
   * none.
   *
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the file cannot be read
   */
  public ScaleData readData(Path file) throws IOException {
    return readData(file, ParallelCsv.CHUNK_BYTES);
  }

  /** {@link #readData(Path)} in chunks of about {@code chunkBytes}, which tests make small. */
  ScaleData readData(Path file, int chunkBytes) throws IOException {
    String source = file.toString();
    List<ParallelCsv.Chunk> chunks;
    CsvScanner head;
    Columns columns;
    try (InputStream in = Files.newInputStream(file)) {
      head = CsvScanner.open(in, source, format);
      columns = columns(head, source); // a header error is the same either way
      chunks = ParallelCsv.split(file, head.offset(), chunkBytes);
    }
    long lineEnds = chunks.stream().mapToLong(ParallelCsv.Chunk::lineEnds).sum();
    if (splitRows && lineEnds <= Integer.MAX_VALUE / Math.max(1, scale.size())) {
      Optional<ScaleData> data = new InChunks(file, head, columns, chunks).read();
      if (data.isPresent()) {
        for (long rows = ProgressListener.INTERVAL;
            rows <= data.get().size();
            rows += ProgressListener.INTERVAL) {
          progress.rowsRead(rows);
        }
        return data.get();
      }
    }
    ScaleData.Builder builder = ScaleData.builder(scale, (int) Math.min(1 << 24, lineEnds));
    read(file, builder);
    return builder.build();
  }

  /**
   * One reading of a file's chunks into the columns of {@link ScaleData#ofColumns}: chunk {@code c}
   * writes its rows from row {@code first[c]} on, the line ends of the chunks before it.
   */
  private final class InChunks {
    private final Path file;
    private final CsvScanner head;
    private final Columns columns;
    private final List<ParallelCsv.Chunk> chunks;
    private final int[] first;
    private final int k = scale.size();
    private final double[] answers;
    private final String[] respondents;
    private final int[] groupOf;

    InChunks(Path file, CsvScanner head, Columns columns, List<ParallelCsv.Chunk> chunks) {
      this.file = file;
      this.head = head;
      this.columns = columns;
      this.chunks = chunks;
      this.first = new int[chunks.size() + 1];
      for (int c = 0; c < chunks.size(); c++) {
        first[c + 1] = first[c] + chunks.get(c).lineEnds();
      }
      int capacity = first[chunks.size()];
      this.answers = new double[capacity * k];
      this.respondents = new String[capacity];
      this.groupOf = new int[capacity];
    }

    /** What reading a chunk found: its rows, where it ended, its groups and its encoding. */
    private record Read(int rows, long end, TextPool groups, Charset encoding)
        implements ParallelCsv.Reading {}

    /** The data, or empty when the file must be read row by row. */
    Optional<ScaleData> read() throws IOException {
      Optional<List<Read>> joined =
          ParallelCsv.readJoined(
              chunks, head.encoding(), this::readChunk, end -> new Read(0, end, null, null));
      if (joined.isEmpty()) {
        return Optional.empty();
      }
      Read[] reads = joined.get().toArray(new Read[0]);
      String[] keys = numberGroups(reads);
      int rows = compact(reads);
      try {
        return Optional.of(ScaleData.ofColumns(scale, rows, answers, respondents, groupOf, keys));
      } catch (IllegalArgumentException refused) {
        return Optional.empty(); // the row reader names the row
      }
    }

    /**
     * Reads the rows that start in chunk {@code c} from {@code start} on into its rows of the
     * columns; null when it finds something to refuse or more rows than it has room for.
     */
    private Read readChunk(int c, long start) {
      ParallelCsv.Chunk chunk = chunks.get(c);
      ResponseRange range = scale.response();
      TextPool groups = new TextPool();
      Row row = new Row();
      int rows = 0;
      int room = first[c + 1] - first[c];
      try (CsvScanner csv = CsvScanner.resume(ParallelCsv.from(file, start), head, start)) {
        while (csv.offset() < chunk.end() && csv.nextRow()) {
          int at = first[c] + rows;
          if (rows == room) {
            return null;
          }
          if (!readRow(csv, columns, range, groups, answers, at * k, row)) {
            continue;
          }
          String respondent = row.respondent;
          if (respondent != null) {
            respondent.hashCode(); // kept in the string, for the check for repeats
          }
          respondents[at] = respondent;
          groupOf[at] = row.group;
          rows++;
        }
        return new Read(rows, csv.offset(), groups, csv.encoding());
      } catch (FileFormatException refused) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Turns each chunk's group numbers into numbers of one list of keys, which it returns: the keys
     * in the order the rows first name them. The first chunk's keys are numbered first; each other
     * chunk looks its keys up in parallel and only the keys that no chunk before it named are
     * numbered one after the other, in the order of the chunks.
     */
    private String[] numberGroups(Read[] reads) {
      List<List<String>> texts = new ArrayList<>(reads.length);
      int most = 0;
      for (Read read : reads) {
        List<String> chunkTexts = read.groups() == null ? List.of() : read.groups().texts();
        texts.add(chunkTexts);
        most = Math.max(most, chunkTexts.size());
      }
      Map<String, Integer> numbers = new HashMap<>(Math.max(16, most * 2));
      int[][] renumber = new int[reads.length][];
      for (int c = 0; c < reads.length; c++) {
        renumber[c] = new int[texts.get(c).size()];
        Arrays.fill(renumber[c], -1);
      }
      if (reads.length > 0) {
        numberNew(texts.get(0), renumber[0], numbers);
      }
      IntStream later = IntStream.range(1, reads.length);
      // Only reads of the map here, which no thread changes until every lookup has ended.
      (reads.length > 2 ? later.parallel() : later)
          .forEach(
              c -> {
                List<String> chunkTexts = texts.get(c);
                int[] to = renumber[c];
                for (int local = 0; local < to.length; local++) {
                  Integer number = numbers.get(chunkTexts.get(local));
                  to[local] = number == null ? -1 : number;
                }
              });
      for (int c = 1; c < reads.length; c++) {
        numberNew(texts.get(c), renumber[c], numbers);
      }
      IntStream all = IntStream.range(0, reads.length);
      (reads.length > 1 ? all.parallel() : all)
          .forEach(
              c -> {
                int[] to = renumber[c];
                for (int at = first[c]; at < first[c] + reads[c].rows(); at++) {
                  int group = groupOf[at];
                  groupOf[at] = group < 0 ? -1 : to[group];
                }
              });
      String[] keys = new String[numbers.size()];
      numbers.forEach((key, number) -> keys[number] = key);
      return keys;
    }

    /**
     * Numbers the texts of one chunk whose number is still -1 in {@code to}: a text seen before
     * keeps its number, a new one gets the next.
     */
    private void numberNew(List<String> texts, int[] to, Map<String, Integer> numbers) {
      for (int local = 0; local < to.length; local++) {
        if (to[local] < 0) {
          Integer number = numbers.putIfAbsent(texts.get(local), numbers.size());
          to[local] = number == null ? numbers.size() - 1 : number;
        }
      }
    }

    /** Moves each chunk's rows down behind those of the chunk before it; returns the rows. */
    private int compact(Read[] reads) {
      int rows = 0;
      for (int c = 0; c < reads.length; c++) {
        int from = first[c];
        int count = reads[c].rows();
        if (from != rows) {
          System.arraycopy(answers, from * k, answers, rows * k, count * k);
          System.arraycopy(respondents, from, respondents, rows, count);
          System.arraycopy(groupOf, from, groupOf, rows, count);
        }
        rows += count;
      }
      return rows;
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
    return read(in, source, (r, a, g, attributes) -> handler.row(r, a, g), false);
  }

  /**
   * Reads a responses CSV from {@code in}, with the values of its {@linkplain #attributes attribute
   * columns}.
   *
   * @param source the name used in error messages
   * @return the number of data rows handed to {@code handler}
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the stream cannot be read
   */
  public long read(InputStream in, String source, AttributedRowHandler handler) throws IOException {
    return read(in, source, handler, false);
  }

  /**
   * @param reuseAnswers whether one answers array may serve every row, because the handler copies
   *     it: every row writes each item, from its cell or as missing
   */
  private long read(
      InputStream in, String source, AttributedRowHandler handler, boolean reuseAnswers)
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
        if (!readRow(csv, columns, range, groups, answers, 0, row)) {
          continue;
        }
        String respondent = row.respondent;
        String group = row.group < 0 ? null : groups.text(row.group);
        try {
          handler.row(respondent, answers, group, row.attributes);
        } catch (CellsRefused refused) {
          long at = csv.row();
          throw new FileFormatException(
              source,
              refused.cells().stream()
                  .map(c -> new FieldError("row " + at + ", column " + c.field(), c.reason()))
                  .toList());
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

  /**
   * Reads the current row: its answers into {@code answers[offset, offset + k)}, every item from
   * its cell or as missing, the rest into {@code row}.
   *
   * @return false for a row with nothing in it at all, which is skipped
   * @throws FileFormatException naming the row and column of a cell to refuse
   */
  private boolean readRow(
      CsvScanner csv,
      Columns columns,
      ResponseRange range,
      TextPool groups,
      double[] answers,
      int offset,
      Row row)
      throws IOException {
    // Most rows are split whole in one pass; a row the split does not take (a quoted cell, a row
    // across the end of the buffer, anything to refuse) is read cell by cell, which says what is
    // wrong with it.
    int split = splitRows ? csv.splitRow() : -1;
    if (split >= 0 && readSplit(csv, split, columns, range, groups, answers, offset, row)) {
      csv.endSplitRow();
    } else {
      readCells(csv, columns, range, groups, answers, offset, row);
    }
    if (!row.anything) {
      return false;
    }
    int cells = row.cells;
    if (cells < columns.itemOf.length) {
      // A short row: the items in the columns it did not reach are missing.
      int[] columnOfItem = columns.columnOfItem;
      for (int i = 0; i < columnOfItem.length; i++) {
        if (columnOfItem[i] >= cells) {
          answers[offset + i] = Double.NaN;
        }
      }
    }
    return true;
  }

  /** What one row held, besides its answers. */
  private static final class Row {
    String respondent;

    /** The number the pool gave the group cell, -1 when the row has no group. */
    int group;

    Map<String, String> attributes = Map.of();
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
      int offset,
      Row row) {
    int[] itemOf = columns.itemOf;
    String respondent = null;
    int group = -1;
    Map<String, String> attributes = columns.noAttributes() ? Map.of() : new LinkedHashMap<>();
    int present = csv.splitAnswers(itemOf, cells, answers, offset, range.min(), range.max());
    if (present < 0) {
      return false;
    }
    boolean anything = present > 0;
    for (int column = 0; column < cells; column++) {
      if (itemOf[column] >= 0) {
        continue; // read above
      } else if (columns.isText(column)) {
        int number = column == columns.group ? csv.splitNumberIn(column, groups) : -1;
        String text = number >= 0 ? groups.text(number) : csv.splitText(column).strip();
        if (!csv.splitPlainText(column, InputBounds.MAX_SHORT_TEXT)
            && InputBounds.textProblem(text, InputBounds.MAX_SHORT_TEXT).isPresent()) {
          return false;
        }
        if (!text.isEmpty()) {
          anything = true;
          if (column == columns.respondent) {
            respondent = text;
          }
          if (column == columns.group) {
            group = number;
          }
          if (columns.attributeOf[column] != null) {
            attributes.put(columns.attributeOf[column], text);
          }
        }
      } else if (!anything && !csv.splitBlank(column)) {
        anything = true;
      }
    }
    row.respondent = respondent;
    row.group = group;
    row.attributes = attributes;
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
      int offset,
      Row row)
      throws IOException {
    String respondent = null;
    int group = -1;
    Map<String, String> attributes = columns.noAttributes() ? Map.of() : new LinkedHashMap<>();
    boolean anything = false;
    int cells = 0;
    while (csv.nextCell()) {
      int column = csv.column();
      cells = column + 1;
      int item = columns.itemOf[column];
      if (item >= 0) {
        double answer = csv.number();
        answers[offset + item] = answer;
        if (!Double.isNaN(answer)) {
          if (!range.contains(answer)) {
            throw csv.error("must be within " + range + ", got " + csv.text().strip());
          }
          anything = true;
        }
      } else if (columns.isText(column)) {
        // One string per distinct group, not per row: the handler may keep millions of them.
        int number = column == columns.group ? csv.numberIn(groups) : -1;
        String text = number >= 0 ? groups.text(number) : csv.text().strip();
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
            group = number;
          }
          if (columns.attributeOf[column] != null) {
            attributes.put(columns.attributeOf[column], text);
          }
        }
      } else if (!anything && !csv.isBlank()) {
        anything = true;
      }
    }
    row.respondent = respondent;
    row.group = group;
    row.attributes = attributes;
    row.anything = anything;
    row.cells = cells;
  }

  /** Where the items, the respondent, the group and the attributes are in the header. */
  private static final class Columns {
    final int[] itemOf;
    final int[] columnOfItem;

    /** The attribute column each column of the header is, null where it is none. */
    final String[] attributeOf;

    int respondent = -1;
    int group = -1;
    int attributes;

    Columns(int size, int items) {
      itemOf = new int[size];
      Arrays.fill(itemOf, -1);
      columnOfItem = new int[items];
      attributeOf = new String[size];
    }

    /** Whether the header has none of the attribute columns asked for. */
    boolean noAttributes() {
      return attributes == 0;
    }

    /** Whether {@code column} is read as text: the respondent, the group or an attribute. */
    boolean isText(int column) {
      return column == respondent || column == group || attributeOf[column] != null;
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
        if (attributeColumns.contains(name)) {
          errors.add(
              new FieldError(
                  "column " + name, "is an item of the scale and cannot be an attribute"));
        }
        continue;
      }
      if (attributeColumns.contains(name)) {
        if (Arrays.asList(columns.attributeOf).contains(name)) {
          errors.add(new FieldError("column " + name, "appears twice in the header"));
        }
        columns.attributeOf[c] = name;
        columns.attributes++;
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
