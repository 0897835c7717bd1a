package io.cohesion.rest.mapping;

import io.cohesion.core.FieldError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks a responses CSV cell by cell straight over its bytes, for files of millions of rows: no
 * {@code String} and no {@code char[]} is made for a cell unless the caller asks for its text, so a
 * number or a group key costs no allocation. It reads what {@link CsvCursor} reads and numbers rows
 * the same way: the header is row 1, the first answers are row 2.
 *
 * <p>The input is UTF-8 or Windows-1252 (a UTF-8 byte order mark is skipped); a comma, a semicolon
 * or a tab separates cells, each set or detected as {@link CsvFormat} says; a line ends with LF,
 * CRLF or CR. A cell that starts with a double quote runs to the matching quote, may hold
 * separators and line breaks, and writes a quote as two; spaces between the closing quote and the
 * separator are ignored. A quote inside a cell that did not start with one is an ordinary
 * character.
 */
final class CsvScanner implements Closeable {
  private static final int BUFFER = 1 << 20;

  /**
   * How much the first read asks for; each later read asks for twice as much, up to {@link
   * #BUFFER}. Short reads at first make the paths that cross the end of the buffer run while the
   * JIT compiler is still profiling, so that the compiled loop does not have to be thrown away and
   * compiled again when the first of them runs.
   */
  private static final int FIRST_READ = 1 << 12;

  /** How many bytes a row start should have ahead of it before the buffer is refilled. */
  private static final int ROW_AHEAD = 1 << 10;

  private final InputStream in;
  private final String source;
  private final CsvFormat format;
  private final List<String> header = new ArrayList<>();

  /** The byte between cells: a comma, a semicolon or a tab. */
  private byte separator = ',';

  private boolean decimalComma;

  /** The encoding of text that is not ASCII; null until the first such text decides it. */
  private Charset encoding;

  /** The row whose text decided the encoding, 0 when it was set or a byte order mark said so. */
  private long encodingRow;

  private byte[] buffer = new byte[BUFFER];

  /** The offset in the file of {@code buffer[0]}. */
  private long bufferOffset;

  private int position;
  private int limit;
  private boolean endOfInput;
  private int nextRead = FIRST_READ;

  /** The current cell is {@code buffer[cellStart, cellEnd)}, quotes removed. */
  private int cellStart;

  private int cellEnd;
  private boolean cellAscii;

  private long row;
  private int column = -1;
  private boolean rowOpen;
  private boolean rowEnded = true;

  /**
   * The cells found by {@link #splitRow}: cell {@code c} is {@code buffer[cellStarts[c],
   * cellEnds[c])}; {@link #splitEnd} is where the next row starts.
   */
  private int[] cellStarts = new int[16];

  private int[] cellEnds = new int[16];
  private boolean[] cellsAscii = new boolean[16];
  private int splitCells = -1;
  private int splitAll;
  private int splitEnd;

  /** Whether the split row holds a byte 0 anywhere, which no text cell may hold. */
  private boolean splitNul;

  private CsvScanner(InputStream in, String source, CsvFormat format) {
    this.in = in;
    this.source = source;
    this.format = format;
  }

  /** Opens {@code in}, detecting its separator and encoding, and reads its header row. */
  static CsvScanner open(InputStream in, String source) throws IOException {
    return open(in, source, CsvFormat.detected());
  }

  /**
   * Opens {@code in} written in {@code format} and reads its header row.
   *
   * @throws FileFormatException when the input is empty, not in its encoding or not CSV
   */
  static CsvScanner open(InputStream in, String source, CsvFormat format) throws IOException {
    CsvScanner scanner = new CsvScanner(in, source, format);
    try {
      scanner.fill();
      scanner.encoding = format.encoding().orElse(null);
      if (scanner.limit >= 3
          && (scanner.buffer[0] & 0xff) == 0xef
          && (scanner.buffer[1] & 0xff) == 0xbb
          && (scanner.buffer[2] & 0xff) == 0xbf) {
        scanner.position = 3;
        if (scanner.encoding == null) {
          scanner.encoding = StandardCharsets.UTF_8;
        }
      }
      scanner.separator =
          (byte)
              (format.separator().isPresent()
                  ? format.separator().get()
                  : scanner.separatorOfHeader());
      scanner.decimalComma = CsvFormat.decimalComma(scanner.separator);
      if (!scanner.nextRow()) {
        throw FileFormatException.of(source, "row 1", "the file is empty; it needs a header row");
      }
      while (scanner.nextCell()) {
        scanner.header.add(scanner.text().strip());
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return scanner;
  }

  /**
   * Opens {@code in}, which starts at a row start of the file whose header {@code head} read, after
   * that header: with the header, the separator and the encoding {@code head} read or decided so
   * far. Rows are numbered from 2 at that row start.
   *
   * @param offset the offset of that row start in the file, from which {@link #offset} counts
   */
  static CsvScanner resume(InputStream in, CsvScanner head, long offset) {
    CsvScanner scanner = new CsvScanner(in, head.source, head.format);
    scanner.header.addAll(head.header);
    scanner.separator = head.separator;
    scanner.decimalComma = head.decimalComma;
    scanner.encoding = head.encoding;
    scanner.encodingRow = head.encodingRow;
    scanner.bufferOffset = offset;
    scanner.row = 1;
    return scanner;
  }

  /**
   * The offset in the file of the next byte to read: after a row has been read to its end, where
   * the next row starts.
   */
  long offset() {
    return bufferOffset + position;
  }

  /** The encoding decided so far, null while every cell read was ASCII and none was set. */
  Charset encoding() {
    return encoding;
  }

  /** The column names of the header row, in order, without surrounding spaces. */
  List<String> header() {
    return header;
  }

  /** What the scanner assumed, for a message about a header that does not match. */
  FieldError assumption() {
    return format.assumption(separator, encoding, header);
  }

  /** The separator of the header line, reading on until the line or the input ends. */
  private int separatorOfHeader() throws IOException {
    while (true) {
      int found = CsvFormat.separatorOfHeader(buffer, position, limit, false);
      if (found >= 0) {
        return found;
      }
      keepFrom(position);
      if (!fill()) {
        return CsvFormat.separatorOfHeader(buffer, position, limit, true);
      }
    }
  }

  /** The current row number; the header is row 1. */
  long row() {
    return row;
  }

  /** The index of the current cell in the header. */
  int column() {
    return column;
  }

  /** Moves to the next row, skipping what is left of the current one; false at the end. */
  boolean nextRow() throws IOException {
    while (!rowEnded) {
      nextCell();
    }
    if (limit - position < ROW_AHEAD) {
      // Read on at a row start, where nothing needs keeping, so that most rows lie whole in the
      // buffer; this is also the one place that sees the end of the input.
      keepFrom(position);
      fill();
      if (position == limit) {
        rowOpen = false;
        return false;
      }
    }
    row++;
    column = -1;
    rowOpen = true;
    rowEnded = false;
    return true;
  }

  /**
   * Moves to the next cell of the current row; false after the last one.
   *
   * @throws FileFormatException when a row has a non-empty cell beyond the header's columns, a
   *     quoted cell is not closed, or the bytes are not UTF-8
   */
  boolean nextCell() throws IOException {
    while (true) {
      if (rowEnded || !rowOpen) {
        return false;
      }
      scanCell();
      column++;
      if (row == 1 || column < header.size()) {
        return true;
      }
      // Cells beyond the header are tolerated when empty (trailing commas), refused otherwise.
      if (!isBlank()) {
        throw FileFormatException.of(
            source,
            "row " + row,
            "has a value in column "
                + (column + 1)
                + ", but the header has only "
                + header.size()
                + " columns");
      }
    }
  }

  /**
   * Finds every cell of the current row at once, when the row is an ordinary one: no cell starts
   * with a quote, the whole row including its line end is in the buffer, every cell that is not
   * ASCII is valid UTF-8, and cells beyond the header's columns are blank. Nothing is consumed: the
   * caller either reads the cells with {@link #splitText}, {@link #splitAnswers} and the like and
   * then calls {@link #endSplitRow}, or reads the row cell by cell with {@link #nextCell}, which
   * also reports whatever made the row not ordinary. A row's cells read either way are the same.
   *
   * @return the number of cells up to the header's width, or -1 when the row must be read cell by
   *     cell
   */
  int splitRow() {
    splitCells = -1;
    if (!rowOpen || rowEnded || column != -1 || row == 1) {
      return -1;
    }
    byte[] b = buffer;
    int end = limit;
    int[] starts = cellStarts;
    int[] ends = cellEnds;
    boolean[] ascii = cellsAscii;
    int cells = 0;
    int start = position;
    int high = 0;
    boolean anyHigh = false;
    boolean nul = false;
    byte separator = this.separator;
    // Every byte above this one is neither a separator nor a line end.
    byte top = separator > '\r' ? separator : (byte) '\r';
    if (start < end && b[start] == '"') {
      return -1;
    }
    for (int i = start; i < end; i++) {
      byte c = b[i];
      if (c > top) {
        continue; // digits, letters and most punctuation: the bulk of every row
      }
      if (c < 0) {
        high = -1;
        anyHigh = true;
        continue;
      }
      if (c != separator && c != '\n' && c != '\r') {
        nul |= c == 0;
        continue;
      }
      if (cells == starts.length) {
        starts = cellStarts = Arrays.copyOf(starts, cells * 2);
        ends = cellEnds = Arrays.copyOf(ends, cells * 2);
        ascii = cellsAscii = Arrays.copyOf(ascii, cells * 2);
      }
      starts[cells] = start;
      ends[cells] = i;
      ascii[cells] = high == 0;
      cells++;
      if (c == separator) {
        start = i + 1;
        high = 0;
        if (start < end && b[start] == '"') {
          return -1;
        }
        continue;
      }
      int next = i + 1;
      if (c == '\r') {
        if (next == end) {
          return -1; // whether a line feed follows is not known yet
        }
        if (b[next] == '\n') {
          next++;
        }
      }
      splitNul = nul;
      return checkSplit(cells, next, anyHigh);
    }
    return -1; // the row runs past the buffer (or is the last one, without a line end)
  }

  /** The checks of {@link #scanCell} and {@link #nextCell} on the cells of a split row. */
  private int checkSplit(int cells, int next, boolean anyHigh) {
    for (int c = 0; anyHigh && c < cells; c++) {
      if (!cellsAscii[c]) {
        if (encoding == null) {
          decideEncoding(cellStarts[c], cellEnds[c]);
        }
        if (!isReadable(cellStarts[c], cellEnds[c])) {
          return -1;
        }
      }
    }
    int width = Math.min(cells, header.size());
    for (int c = width; c < cells; c++) {
      if (!isBlank(cellStarts[c], cellEnds[c])) {
        return -1;
      }
    }
    splitCells = width;
    splitAll = cells;
    splitEnd = next;
    return width;
  }

  /** Cell {@code c} of the split row as it was written. */
  String splitText(int c) {
    return new String(
        buffer,
        cellStarts[c],
        cellEnds[c] - cellStarts[c],
        cellsAscii[c] ? StandardCharsets.ISO_8859_1 : encoding);
  }

  /**
   * Whether the text of cell {@code c} of the split row, stripped or not, passes {@link
   * InputBounds#textProblem} with {@code maxLength} without being looked at as a string: every byte
   * is ASCII and none is 0 (so it holds no U+0000 and no surrogate), and it is no longer than that.
   * False says nothing: the text must then be checked as a string.
   */
  boolean splitPlainText(int c, int maxLength) {
    return cellsAscii[c] && !splitNul && cellEnds[c] - cellStarts[c] <= maxLength;
  }

  /** The number {@code pool} gives cell {@code c} of the split row. */
  int splitNumberIn(int c, TextPool pool) {
    return pool.number(buffer, cellStarts[c], cellEnds[c], cellsAscii[c] ? null : encoding);
  }

  /** Whether cell {@code c} of the split row is empty or only spaces. */
  boolean splitBlank(int c) {
    return isBlank(cellStarts[c], cellEnds[c]);
  }

  /**
   * Reads the answers of the split row in one pass: each cell {@code c < cells} with {@code
   * itemOf[c] >= 0} into {@code answers[offset + itemOf[c]]}, NaN when it is blank.
   *
   * @return how many of them are not missing, or -1 when one is not a number or not within {@code
   *     [min, max]} (reading the row cell by cell then says which, with the row and column)
   */
  int splitAnswers(int[] itemOf, int cells, double[] answers, int offset, double min, double max) {
    byte[] b = buffer;
    int[] starts = cellStarts;
    int[] ends = cellEnds;
    int present = 0;
    for (int c = 0; c < cells; c++) {
      int item = itemOf[c];
      if (item < 0) {
        continue;
      }
      int start = starts[c];
      int length = ends[c] - start;
      double answer;
      int digit = length == 1 ? b[start] - '0' : -1;
      if (digit >= 0 && digit <= 9) {
        answer = digit; // a one-digit answer, the usual case on a response scale
      } else if (length == 0) {
        answers[offset + item] = Double.NaN;
        continue;
      } else {
        if (!cellsAscii[c]) {
          return -1;
        }
        try {
          answer = Numbers.parseAscii(b, start, ends[c], decimalComma);
        } catch (IllegalArgumentException notANumber) {
          return -1;
        }
        if (Double.isNaN(answer)) {
          answers[offset + item] = answer;
          continue;
        }
      }
      if (!(answer >= min && answer <= max)) {
        return -1;
      }
      answers[offset + item] = answer;
      present++;
    }
    return present;
  }

  /** Consumes the row found by {@link #splitRow}, as reading all its cells would. */
  void endSplitRow() {
    if (splitCells < 0) {
      throw new IllegalStateException("no split row");
    }
    position = splitEnd;
    column = splitAll - 1;
    rowEnded = true;
    splitCells = -1;
  }

  /** Whether the current cell is empty or only spaces. */
  boolean isBlank() {
    return isBlank(cellStart, cellEnd);
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] != ' ' && buffer[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The current cell as it was written (quotes removed). */
  String text() {
    return new String(
        buffer, cellStart, cellEnd - cellStart, cellAscii ? StandardCharsets.ISO_8859_1 : encoding);
  }

  /** The number {@code pool} gives the current cell. */
  int numberIn(TextPool pool) {
    return pool.number(buffer, cellStart, cellEnd, cellAscii ? null : encoding);
  }

  /**
   * The current cell as a number, NaN when blank.
   *
   * @throws FileFormatException naming the row and column when it is not a number
   */
  double number() {
    try {
      return cellAscii
          ? Numbers.parseAscii(buffer, cellStart, cellEnd, decimalComma)
          : Numbers.parse(text(), decimalComma); // only to say what is wrong with it
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** An error about the current cell: {@code row N, column X: reason}. */
  FileFormatException error(String reason) {
    return FileFormatException.of(source, "row " + row + ", column " + header.get(column), reason);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads one cell from {@link #position} and the separator or line end after it. */
  private void scanCell() throws IOException {
    if (position == limit) {
      keepFrom(position);
      fill();
    }
    if (position < limit && buffer[position] == '"') {
      position++;
      scanQuotedCell();
    } else {
      scanPlainCell();
    }
  }

  private void scanPlainCell() throws IOException {
    int start = position;
    int i = position;
    int high = 0;
    while (true) {
      byte[] b = buffer;
      int end = limit;
      while (i < end) {
        byte c = b[i];
        if (c == separator || c == '\n' || c == '\r') {
          position = i;
          cell(start, i, high);
          endOfCell();
          return;
        }
        high |= c;
        i++;
      }
      // The cell runs past the buffer: keep what was read of it and read on.
      int shift = keepFrom(start);
      start -= shift;
      i -= shift;
      if (!fill()) {
        position = i;
        cell(start, i, high);
        rowEnded = true;
        return;
      }
    }
  }

  private void scanQuotedCell() throws IOException {
    int start = position;
    int i = start;
    int out = start; // where the next byte of the text goes: behind i once a doubled quote was seen
    int high = 0;
    while (true) {
      if (i == limit) {
        int shift = keepFrom(start);
        start -= shift;
        i -= shift;
        out -= shift;
        if (!fill()) {
          throw unreadable("Missing closing quote for value");
        }
      }
      byte c = buffer[i];
      if (c == '"') {
        if (i + 1 == limit) {
          int shift = keepFrom(start);
          start -= shift;
          i -= shift;
          out -= shift;
          fill();
        }
        if (i + 1 < limit && buffer[i + 1] == '"') {
          buffer[out++] = '"';
          i += 2;
          continue;
        }
        position = i + 1;
        cell(start, out, high);
        afterClosingQuote();
        return;
      }
      high |= c;
      buffer[out++] = c;
      i++;
    }
  }

  private void cell(int start, int end, int high) {
    cellStart = start;
    cellEnd = end;
    cellAscii = high >= 0;
    if (!cellAscii) {
      checkText();
    }
  }

  private void afterClosingQuote() throws IOException {
    while (true) {
      if (position == limit && !moreAfterCell()) {
        rowEnded = true;
        return;
      }
      byte c = buffer[position];
      if (c == ' ' || c == '\t') {
        position++;
        continue;
      }
      if (c == separator || c == '\n' || c == '\r') {
        endOfCell();
        return;
      }
      throw unreadable(
          "Unexpected character ('"
              + (c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "?")
              + "' (code "
              + (c & 0xff)
              + ")): Expected column separator character ('"
              + (separator == '\t' ? "\\t" : String.valueOf((char) separator))
              + "' (code "
              + separator
              + ")) or end-of-line");
    }
  }

  /** At the separator or line end after a cell: consumes it and notes whether the row ended. */
  private void endOfCell() throws IOException {
    byte c = buffer[position++];
    if (c == separator) {
      return;
    }
    rowEnded = true;
    if (c == '\r' && (position < limit || moreAfterCell()) && buffer[position] == '\n') {
      position++;
    }
  }

  /** Reads more input while keeping the current cell's text; false when there is none. */
  private boolean moreAfterCell() throws IOException {
    int shift = keepFrom(cellStart);
    cellStart -= shift;
    cellEnd -= shift;
    return fill();
  }

  /**
   * Moves {@code buffer[from, limit)} to the start of the buffer, {@code from <= position}, so that
   * more input fits behind it, or grows the buffer when that part fills it; returns how far the
   * bytes moved.
   */
  private int keepFrom(int from) {
    if (from == 0) {
      if (limit == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      return 0;
    }
    System.arraycopy(buffer, from, buffer, 0, limit - from);
    bufferOffset += from;
    position -= from;
    limit -= from;
    return from;
  }

  /** Reads more input behind {@link #limit}; false when there is none. */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int read = in.readNBytes(buffer, limit, Math.min(nextRead, buffer.length - limit));
    nextRead = Math.min(BUFFER, nextRead * 2);
    if (read <= 0) {
      endOfInput = true;
      return false;
    }
    limit += read;
    return true;
  }

  /**
   * Checks the text of a cell that is not ASCII against the encoding; the first such cell decides
   * the encoding when it was neither set nor given by a byte order mark.
   */
  private void checkText() {
    if (encoding == null) {
      decideEncoding(cellStart, cellEnd);
    }
    if (isReadable(cellStart, cellEnd)) {
      return;
    }
    if (encoding.equals(StandardCharsets.UTF_8)) {
      throw FileFormatException.of(
          source,
          "row " + row,
          "the file is not UTF-8"
              + (encodingRow > 0
                  ? " throughout, though row " + encodingRow + " was read as UTF-8"
                  : "")
              + " ("
              + format.notUtf8Advice()
              + ")");
    }
    throw FileFormatException.of(
        source,
        "row " + row,
        "a byte that is not a character in Windows-1252"
            + (encodingRow > 0
                ? ", which row " + encodingRow + " was read as (save the file as CSV UTF-8)"
                : ""));
  }

  /** Decides the encoding by the first byte of {@code buffer[from, to)} that is not ASCII. */
  private void decideEncoding(int from, int to) {
    int first = from;
    while (buffer[first] >= 0) {
      first++;
    }
    encoding = CsvFormat.encodingAt(buffer, first, to);
    encodingRow = row;
  }

  /** Whether the bytes are text in the encoding decided; false while it is undecided. */
  private boolean isReadable(int from, int to) {
    if (encoding == null) {
      return false;
    }
    if (encoding.equals(StandardCharsets.UTF_8)) {
      return isUtf8(from, to);
    }
    for (int i = from; i < to; i++) {
      if (CsvFormat.undefinedInWindows1252(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean isUtf8(int from, int to) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buffer, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private FileFormatException unreadable(String reason) {
    return FileFormatException.of(source, "row " + row, "not readable as CSV: " + reason);
  }
}
