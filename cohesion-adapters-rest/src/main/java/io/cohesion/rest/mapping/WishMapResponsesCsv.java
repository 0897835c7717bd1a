package io.cohesion.rest.mapping;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Streams a responses CSV for a {@link WishMap} (docs/cli.md) into {@link WishMapResponse}s.
 *
 * <p>Columns: {@code imp.<code>} (importance, one per value, required when the map has an
 * importance scale and refused otherwise), {@code sat.<code>} (satisfaction, one per value,
 * required when the map has a satisfaction scale and refused otherwise), {@code top1…topN} (value
 * codes, N up to the map's {@code topChoices}, each optional), one column per segment of the map
 * (required), {@code networks} ({@code ;}-separated names), {@code willingness} (a whole number
 * 1–5), {@code wish} (free text) and {@code respondent} (a pseudonym; without it a row is known by
 * its row number). Other columns are ignored, except those that look like they mean a value or top
 * choice the map does not have ({@code imp.xyz}, {@code top9}), which are errors. An empty cell is
 * a missing answer; a row with nothing in it is skipped. Rows are numbered with the header as row
 * 1. The separator and the encoding are detected unless {@link #format} sets them (see {@link
 * CsvFormat}); in a file whose cells are separated by {@code ;}, a {@code networks} cell that holds
 * several names is quoted, as spreadsheets write it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WishMapResponsesCsv {
  /** The name of the column that holds pseudonyms. */
  public static final String RESPONDENT = "respondent";

  private static final Pattern TOP = Pattern.compile("top(\\d+)");

  private final WishMap map;
  private final ProgressListener progress;
  private final CsvFormat format;

  private WishMapResponsesCsv(WishMap map, ProgressListener progress, CsvFormat format) {
    this.map = requireNonNull(map, "wish map");
    this.progress = requireNonNull(progress, "progress");
    this.format = requireNonNull(format, "format");
  }

  /** A reader for responses to {@code map}, detecting the separator and the encoding. */
  public static WishMapResponsesCsv forWishMap(WishMap map) {
    return new WishMapResponsesCsv(map, ProgressListener.none(), CsvFormat.detected());
  }

  /** A copy that reports progress to {@code listener}. */
  public WishMapResponsesCsv onProgress(ProgressListener listener) {
    return new WishMapResponsesCsv(map, listener, format);
  }

  /** A copy that reads files written in {@code format}. */
  public WishMapResponsesCsv format(CsvFormat format) {
    return new WishMapResponsesCsv(map, progress, format);
  }

  /**
   * Reads every response of the file at {@code file}; errors name the file as given.
   *
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the file cannot be read
   */
  public List<WishMapResponse> readAll(Path file) throws IOException {
    List<WishMapResponse> responses = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      read(in, file.toString(), responses::add);
    }
    return responses;
  }

  /**
   * Reads every response of the file at {@code file} into columns, without an object per response
   * and in chunks on every core: the same answers, the same refusals (message, row and column) and
   * the same progress reports as {@link #readAll(Path)}, whose responses {@link WishMapColumns#of}
   * would turn into the same columns. Pseudonyms, willingness and wishes are checked as there, but
   * not kept. As {@link ScaleResponsesCsv#readData} does, chunks are read independently and a chunk
   * that does not start where the one before it ended is read again from there; a file in which any
   * chunk finds something to refuse, or whose chunks decide different encodings, is read again row
   * by row, which names its first problem as always.
   *
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the file cannot be read
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public WishMapColumns readColumns(Path file) throws IOException {
    return readColumns(file, ParallelCsv.CHUNK_BYTES);
  }

  /** {@link #readColumns(Path)} in chunks of about {@code chunkBytes}, which tests make small. */
  WishMapColumns readColumns(Path file, int chunkBytes) throws IOException {
    String source = file.toString();
    Column[] columns;
    List<String> header;
    // The header as the row reader reads it, so that its problems are named as always.
    try (InputStream in = Files.newInputStream(file);
        CsvCursor cursor = CsvCursor.open(in, source, format)) {
      columns = columns(cursor, source);
      header = cursor.header();
    }
    CsvScanner head;
    List<ParallelCsv.Chunk> chunks;
    try (InputStream in = Files.newInputStream(file)) {
      head = CsvScanner.open(in, source, format);
      chunks = ParallelCsv.split(file, head.offset(), chunkBytes);
    } catch (FileFormatException refused) {
      return readColumnsByRow(file);
    }
    if (head.header().equals(header)) {
      Optional<WishMapColumns> read = new InChunks(file, head, columns, chunks).read();
      if (read.isPresent()) {
        for (long rows = ProgressListener.INTERVAL;
            rows <= read.get().size();
            rows += ProgressListener.INTERVAL) {
          progress.rowsRead(rows);
        }
        return read.get();
      }
    }
    return readColumnsByRow(file);
  }

  /** {@link #readColumns(Path)} row by row, with the reader of {@link #readAll(Path)}. */
  WishMapColumns readColumnsByRow(Path file) throws IOException {
    WishMapColumns.Builder builder = WishMapColumns.builder(map, 1024);
    try (InputStream in = Files.newInputStream(file)) {
      readRows(
          in,
          file.toString(),
          (row, csv) -> {
            try {
              row.addTo(builder);
            } catch (IllegalArgumentException refused) {
              row.response(csv); // names the cell as the row reader does
              throw FileFormatException.of(
                  file.toString(), "row " + csv.row(), refused.getMessage());
            }
          });
    }
    return builder.build();
  }

  /**
   * One reading of a file's chunks, each into columns of its own, joined in file order: chunk
   * {@code c} holds the rows that start in it.
   */
  private final class InChunks {
    private final Path file;
    private final CsvScanner head;
    private final Column[] columns;
    private final int[] index;
    private final int[] maxLength;
    private final List<ParallelCsv.Chunk> chunks;

    InChunks(Path file, CsvScanner head, Column[] columns, List<ParallelCsv.Chunk> chunks) {
      this.file = file;
      this.head = head;
      this.columns = columns;
      this.index = indexes(columns);
      this.maxLength = new int[columns.length];
      for (int c = 0; c < columns.length; c++) {
        maxLength[c] = InputBounds.maxLength(InputBounds.isFreeText(head.header().get(c)));
      }
      this.chunks = chunks;
    }

    /** What reading a chunk found: its rows, where it ended and its encoding. */
    private record Read(WishMapColumns rows, long end, Charset encoding)
        implements ParallelCsv.Reading {}

    /** The columns, or empty when the file must be read row by row. */
    Optional<WishMapColumns> read() throws IOException {
      Optional<List<Read>> joined =
          ParallelCsv.readJoined(
              chunks, head.encoding(), this::readChunk, end -> new Read(null, end, null));
      if (joined.isEmpty()) {
        return Optional.empty();
      }
      List<Read> reads = joined.get();
      int rows = 0;
      for (Read read : reads) {
        rows += read.rows() == null ? 0 : read.rows().size();
      }
      WishMapColumns.Builder all = WishMapColumns.builder(map, rows);
      for (Read read : reads) {
        if (read.rows() != null) {
          all.addAll(read.rows());
        }
      }
      return Optional.of(all.build());
    }

    /**
     * Reads the rows that start in chunk {@code c} from {@code start} on; null when it finds
     * something to refuse or more rows than the chunk has line ends.
     */
    private Read readChunk(int c, long start) {
      ParallelCsv.Chunk chunk = chunks.get(c);
      int room = chunk.lineEnds();
      WishMapColumns.Builder part = WishMapColumns.builder(map, Math.max(1, room));
      Row row = new Row();
      int rows = 0;
      try (CsvScanner csv = CsvScanner.resume(ParallelCsv.from(file, start), head, start)) {
        while (csv.offset() < chunk.end() && csv.nextRow()) {
          if (rows == room) {
            return null;
          }
          row.clear();
          while (csv.nextCell()) {
            int at = csv.column();
            Column column = columns[at];
            if (column == null) {
              row.anything |= !csv.isBlank();
            } else if (!csv.isBlank()) {
              row.anything = true;
              if (!readCell(csv, column, index[at], maxLength[at], row)) {
                return null;
              }
            }
          }
          if (!row.anything) {
            continue;
          }
          row.addTo(part);
          rows++;
        }
        return new Read(part.build(), csv.offset(), csv.encoding());
      } catch (FileFormatException | IllegalArgumentException refused) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a cell as {@link #read(CsvCursor, Column, int, Row)} does, with the same checks.
   *
   * @param maxLength the longest text the row reader takes in this column
   * @return false, having kept nothing of the cell, when the row reader would refuse it
   * @throws FileFormatException when it is not a number where one is asked
   */
  private boolean readCell(CsvScanner csv, Column column, int index, int maxLength, Row row) {
    switch (column.kind()) {
      case IMPORTANCE, SATISFACTION -> {
        ResponseRange range =
            (column.kind() == Kind.IMPORTANCE ? map.importanceScale() : map.satisfactionScale())
                .orElseThrow();
        double answer = csv.number();
        if (!range.contains(answer)) {
          return false;
        }
        (column.kind() == Kind.IMPORTANCE ? row.importance : row.satisfaction)[index] = answer;
      }
      case TOP -> {
        String text = csv.text();
        if (InputBounds.textProblem(text, maxLength).isPresent()) {
          return false;
        }
        String code = text.strip();
        if (map.indexOf(code) < 0) {
          return false;
        }
        for (String earlier : row.top) {
          if (code.equals(earlier)) {
            return false;
          }
        }
        row.top[column.position() - 1] = code;
      }
      case SEGMENT -> {
        String text = csv.text();
        if (InputBounds.textProblem(text, maxLength).isPresent()) {
          return false;
        }
        row.segments[index] = text.strip();
      }
      case NETWORKS -> {
        String text = csv.text();
        if (InputBounds.textProblem(text, InputBounds.MAX_FREE_TEXT).isPresent()) {
          return false;
        }
        for (String network : text.split(";")) {
          String name = network.strip();
          if (name.length() > InputBounds.MAX_SHORT_TEXT) {
            return false;
          }
          if (!name.isEmpty()) {
            row.networks.add(name);
          }
        }
      }
      case WILLINGNESS -> {
        double value = csv.number();
        if (value != Math.rint(value) || value < 1 || value > 5) {
          return false;
        }
      }
      case WISH -> {
        if (InputBounds.textProblem(csv.text(), maxLength).isPresent()) {
          return false;
        }
      }
      case RESPONDENT -> {
        String text = csv.text();
        if (InputBounds.textProblem(text, maxLength).isPresent()) {
          return false;
        }
        new Pseudonym(text.strip()); // refused with IllegalArgumentException
      }
    }
    return true;
  }

  /** Per column of the header, {@link Column#index} of its meaning. */
  private int[] indexes(Column[] columns) {
    int[] index = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      index[c] = columns[c] == null ? 0 : columns[c].index(map);
    }
    return index;
  }

  /**
   * Reads a responses CSV from {@code in}, handing each response to {@code handler}. The handler
   * may refuse a response by throwing {@link IllegalArgumentException}; the reader then stops with
   * a {@link FileFormatException} naming the row and that message.
   *
   * @param source the name used in error messages
   * @return the number of responses read
   * @throws FileFormatException naming the row and column of the first bad cell, or every problem
   *     with the header
   * @throws IOException when the stream cannot be read
   */
  public long read(InputStream in, String source, Consumer<WishMapResponse> handler)
      throws IOException {
    return readRows(
        in,
        source,
        (row, csv) -> {
          WishMapResponse response = row.response(csv);
          try {
            handler.accept(response);
          } catch (IllegalArgumentException refused) {
            throw FileFormatException.of(source, "row " + csv.row(), refused.getMessage());
          }
        });
  }

  /** What is done with each row that holds anything, once its cells were read. */
  @FunctionalInterface
  private interface RowSink {
    void accept(Row row, CsvCursor csv);
  }

  private long readRows(InputStream in, String source, RowSink sink) throws IOException {
    try (CsvCursor csv = CsvCursor.open(in, source, format)) {
      Column[] columns = columns(csv, source);
      int[] index = indexes(columns);
      long rows = 0;
      Row row = new Row();
      while (csv.nextRow()) {
        row.clear();
        while (csv.nextCell()) {
          Column column = columns[csv.column()];
          if (column == null) {
            row.anything |= !csv.isBlank();
          } else if (!csv.isBlank()) {
            row.anything = true;
            read(csv, column, index[csv.column()], row);
          }
        }
        if (!row.anything) {
          continue;
        }
        sink.accept(row, csv);
        rows++;
        if (rows % ProgressListener.INTERVAL == 0) {
          progress.rowsRead(rows);
        }
      }
      return rows;
    }
  }

  private enum Kind {
    IMPORTANCE,
    SATISFACTION,
    TOP,
    SEGMENT,
    NETWORKS,
    WILLINGNESS,
    WISH,
    RESPONDENT
  }

  /** What a header column means: its kind and the value code, top position or segment. */
  private record Column(Kind kind, String key, int position) {
    /** The position in the map of the column's value or segment column; 0 for other kinds. */
    int index(WishMap map) {
      return switch (kind) {
        case IMPORTANCE, SATISFACTION -> map.indexOf(key);
        case SEGMENT -> map.segments().indexOf(key);
        default -> 0;
      };
    }
  }

  /** The answers of one row as they are read; one instance serves every row. */
  private final class Row {
    final double[] importance = new double[map.values().size()];
    final double[] satisfaction = new double[map.values().size()];
    final String[] top = new String[map.topChoices()];
    private final int[] topIndexes = new int[map.topChoices()];
    final String[] segments = new String[map.segments().size()];
    final Set<String> networks = new LinkedHashSet<>();
    OptionalInt willingness = OptionalInt.empty();
    final List<String> wishes = new ArrayList<>();
    String respondent;
    boolean anything;

    void clear() {
      Arrays.fill(importance, Double.NaN);
      Arrays.fill(satisfaction, Double.NaN);
      Arrays.fill(top, null);
      Arrays.fill(segments, null);
      networks.clear();
      willingness = OptionalInt.empty();
      wishes.clear();
      respondent = null;
      anything = false;
    }

    /** Adds the row's answers to {@code columns}, which refuse them as the map does. */
    void addTo(WishMapColumns.Builder columns) {
      int named = 0;
      for (String code : top) {
        if (code != null) {
          topIndexes[named++] = map.indexOf(code);
        }
      }
      columns.add(
          importance,
          satisfaction,
          named == topIndexes.length ? topIndexes : Arrays.copyOf(topIndexes, named),
          segments,
          networks);
    }

    WishMapResponse response(CsvCursor csv) {
      List<String> topChoices = Arrays.stream(top).filter(t -> t != null).toList();
      String pseudonym = respondent != null ? respondent : "row " + csv.row();
      WishMapResponse response =
          new WishMapResponse(
              new Pseudonym(pseudonym),
              answers(importance),
              answers(satisfaction),
              topChoices,
              segments(),
              networks,
              willingness,
              wishes);
      // Every cell was checked as it was read; this is the safety net for rules across cells.
      List<FieldError> errors = map.check(response);
      if (!errors.isEmpty()) {
        throw csv.errorAt(errors.get(0).field(), errors.get(0).reason());
      }
      return response;
    }

    private Map<String, Double> answers(double[] answers) {
      Map<String, Double> byCode = new HashMap<>();
      for (int v = 0; v < answers.length; v++) {
        if (!Double.isNaN(answers[v])) {
          byCode.put(map.values().get(v).code(), answers[v]);
        }
      }
      return byCode;
    }

    private Map<String, String> segments() {
      Map<String, String> byColumn = new HashMap<>();
      for (int c = 0; c < segments.length; c++) {
        if (segments[c] != null) {
          byColumn.put(map.segments().get(c), segments[c]);
        }
      }
      return byColumn;
    }
  }

  private void read(CsvCursor csv, Column column, int index, Row row) throws IOException {
    switch (column.kind()) {
      case IMPORTANCE -> row.importance[index] = answer(csv, map.importanceScale().orElseThrow());
      case SATISFACTION ->
          row.satisfaction[index] = answer(csv, map.satisfactionScale().orElseThrow());
      case TOP -> {
        String code = csv.text().strip();
        if (map.indexOf(code) < 0) {
          throw csv.error("unknown value code '" + code + "'; the wish map has " + codes());
        }
        for (int p = 0; p < row.top.length; p++) {
          if (code.equals(row.top[p])) {
            throw csv.error("'" + code + "' is already top choice " + (p + 1));
          }
        }
        row.top[column.position() - 1] = code;
      }
      case SEGMENT -> row.segments[index] = csv.text().strip();
      case NETWORKS -> {
        // Several names share the cell, so it may be as long as free text; each is a name.
        for (String network : csv.text(InputBounds.MAX_FREE_TEXT).split(";")) {
          if (network.strip().length() > InputBounds.MAX_SHORT_TEXT) {
            throw csv.error(
                "a network's name must be at most "
                    + InputBounds.MAX_SHORT_TEXT
                    + " characters long, got "
                    + network.strip().length());
          }
          if (!network.isBlank()) {
            row.networks.add(network.strip());
          }
        }
      }
      case WILLINGNESS -> {
        double value = csv.number();
        if (value != Math.rint(value) || value < 1 || value > 5) {
          throw csv.error("must be a whole number from 1 to 5, got " + csv.text().strip());
        }
        row.willingness = OptionalInt.of((int) value);
      }
      case WISH -> row.wishes.add(csv.text().strip());
      case RESPONDENT -> {
        String pseudonym = csv.text().strip();
        try {
          new Pseudonym(pseudonym);
        } catch (IllegalArgumentException e) {
          throw csv.error(e.getMessage());
        }
        row.respondent = pseudonym;
      }
    }
  }

  private static double answer(CsvCursor csv, ResponseRange range) throws IOException {
    double answer = csv.number();
    if (!range.contains(answer)) {
      throw csv.error("must be within " + range + ", got " + csv.text().strip());
    }
    return answer;
  }

  private String codes() {
    return map.values().stream().map(v -> v.code()).collect(Collectors.joining(", "));
  }

  private Column[] columns(CsvCursor csv, String source) {
    List<String> header = csv.header();
    Column[] columns = new Column[header.size()];
    List<FieldError> errors = new ArrayList<>();
    Set<Column> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      Optional<Column> column = column(name, errors);
      if (column.isPresent()) {
        if (!seen.add(column.get())) {
          errors.add(new FieldError("column " + name, "appears twice in the header"));
        }
        columns[c] = column.get();
      }
    }
    for (var value : map.values()) {
      String code = value.code();
      if (map.asksImportance() && !seen.contains(new Column(Kind.IMPORTANCE, code, 0))) {
        errors.add(
            new FieldError(
                "column imp." + code,
                "missing: value '"
                    + code
                    + "' needs an importance column"
                    + ScaleResponsesCsv.hint("imp." + code, header)));
      }
      if (map.satisfactionScale().isPresent()
          && !seen.contains(new Column(Kind.SATISFACTION, code, 0))) {
        errors.add(
            new FieldError(
                "column sat." + code,
                "missing: value '"
                    + code
                    + "' needs a satisfaction column"
                    + ScaleResponsesCsv.hint("sat." + code, header)));
      }
    }
    for (String segment : map.segments()) {
      if (!seen.contains(new Column(Kind.SEGMENT, segment, 0))) {
        errors.add(
            new FieldError(
                "column " + segment,
                "missing: segment column of wish map "
                    + map.id()
                    + ScaleResponsesCsv.hint(segment, header)));
      }
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

  private Optional<Column> column(String name, List<FieldError> errors) {
    if (name.startsWith("imp.") || name.startsWith("sat.")) {
      String code = name.substring(4);
      boolean importance = name.startsWith("imp.");
      if (map.indexOf(code) < 0) {
        errors.add(
            new FieldError(
                "column " + name,
                "unknown value code '" + code + "'; the wish map has " + codes()));
        return Optional.empty();
      }
      if (importance && !map.asksImportance()) {
        errors.add(
            new FieldError(
                "column " + name,
                "wish map " + map.id() + " has no importance scale, so it takes no imp. columns"));
        return Optional.empty();
      }
      if (!importance && map.satisfactionScale().isEmpty()) {
        errors.add(
            new FieldError(
                "column " + name,
                "wish map "
                    + map.id()
                    + " has no satisfaction scale, so it takes no sat. columns"));
        return Optional.empty();
      }
      return Optional.of(new Column(importance ? Kind.IMPORTANCE : Kind.SATISFACTION, code, 0));
    }
    Matcher top = TOP.matcher(name);
    if (top.matches()) {
      int position = parsePosition(top.group(1));
      if (position < 1 || position > map.topChoices()) {
        errors.add(
            new FieldError(
                "column " + name,
                "wish map "
                    + map.id()
                    + " asks for "
                    + map.topChoices()
                    + " top choices (top1…top"
                    + map.topChoices()
                    + ")"));
        return Optional.empty();
      }
      return Optional.of(new Column(Kind.TOP, "", position));
    }
    if (map.segments().contains(name)) {
      return Optional.of(new Column(Kind.SEGMENT, name, 0));
    }
    return switch (name) {
      case "networks" -> Optional.of(new Column(Kind.NETWORKS, "", 0));
      case "willingness" -> Optional.of(new Column(Kind.WILLINGNESS, "", 0));
      case "wish" -> Optional.of(new Column(Kind.WISH, "", 0));
      case RESPONDENT -> Optional.of(new Column(Kind.RESPONDENT, "", 0));
      default -> Optional.empty();
    };
  }

  private static int parsePosition(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // more digits than any wish map has top choices
    }
  }
}
