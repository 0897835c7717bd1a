package io.cohesion.rest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cohesion.core.FieldError;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a responses CSV cell by cell without building a row object: the header first, then each
 * row's cells with their column index. Rows are numbered as a spreadsheet shows them: the header is
 * row 1, the first answers are row 2.
 *
 * <p>The input is UTF-8 or Windows-1252 (a UTF-8 byte order mark is skipped); a comma, a semicolon
 * or a tab separates cells, each set or detected as {@link CsvFormat} says; double quotes enclose
 * cells that hold separators, quotes or line breaks.
 */
final class CsvCursor implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();

  /** How far ahead the header line is looked at for its separator. */
  private static final int HEADER_AHEAD = 1 << 16;

  private final String source;
  private final CsvParser parser;
  private final List<String> header;
  private final CsvFormat format;
  private final char separator;
  private final Text text;
  private long row = 1;
  private int column = -1;

  private CsvCursor(String source, CsvParser parser, CsvFormat format, char separator, Text text) {
    this.source = source;
    this.parser = parser;
    this.header = new ArrayList<>();
    this.format = format;
    this.separator = separator;
    this.text = text;
  }

  /** Opens {@code in}, detecting its separator and encoding, and reads its header row. */
  static CsvCursor open(InputStream in, String source) throws IOException {
    return open(in, source, CsvFormat.detected());
  }

  /**
   * Opens {@code in} written in {@code format} and reads its header row.
   *
   * @throws FileFormatException when the input is empty or not in its encoding
   */
  static CsvCursor open(InputStream in, String source, CsvFormat format) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEADER_AHEAD);
    boolean byteOrderMark = skipByteOrderMark(buffered);
    char separator;
    if (format.separator().isPresent()) {
      separator = format.separator().get();
    } else {
      buffered.mark(HEADER_AHEAD);
      byte[] ahead = buffered.readNBytes(HEADER_AHEAD);
      buffered.reset();
      separator =
          (char)
              Math.max(
                  ',',
                  CsvFormat.separatorOfHeader(ahead, 0, ahead.length, ahead.length < HEADER_AHEAD));
    }
    Charset set = format.encoding().orElse(byteOrderMark ? StandardCharsets.UTF_8 : null);
    Text text = new Text(buffered, set);
    CsvParser parser =
        (CsvParser)
            MAPPER
                .readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .createParser(text);
    CsvCursor cursor = new CsvCursor(source, parser, format, separator, text);
    try {
      if (!cursor.nextRowStart()) {
        throw FileFormatException.of(source, "row 1", "the file is empty; it needs a header row");
      }
      cursor.row = 1;
      while (cursor.nextCell()) {
        cursor.header.add(cursor.text().strip());
      }
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw e;
    }
    return cursor;
  }

  /** The column names of the header row, in order, without surrounding spaces. */
  List<String> header() {
    return header;
  }

  /** What the cursor assumed, for a message about a header that does not match. */
  FieldError assumption() {
    return format.assumption(separator, text.encoding, header);
  }

  /** Whether a comma in a number is its decimal separator: cells are not separated by commas. */
  boolean decimalComma() {
    return CsvFormat.decimalComma(separator);
  }

  /** The current row number; the header is row 1. */
  long row() {
    return row;
  }

  /** The index of the current cell in the header. */
  int column() {
    return column;
  }

  /** Moves to the next row; false at the end of the input. */
  boolean nextRow() throws IOException {
    if (!nextRowStart()) {
      return false;
    }
    row++;
    return true;
  }

  private boolean nextRowStart() throws IOException {
    JsonToken token = token();
    if (token == null) {
      return false;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new IllegalStateException("expected a row, got " + token);
    }
    column = -1;
    return true;
  }

  /**
   * Moves to the next cell of the current row; false after the last one.
   *
   * @throws FileFormatException when a row has a non-empty cell beyond the header's columns
   */
  boolean nextCell() throws IOException {
    while (true) {
      JsonToken token = token();
      if (token == JsonToken.END_ARRAY || token == null) {
        return false;
      }
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

  /** Whether the current cell is empty or only spaces. */
  boolean isBlank() throws IOException {
    char[] chars = parser.getTextCharacters();
    int end = parser.getTextOffset() + parser.getTextLength();
    for (int i = parser.getTextOffset(); i < end; i++) {
      if (chars[i] != ' ' && chars[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The current cell as it was written.
   *
   * @throws FileFormatException when it breaks {@link InputBounds}: a column named for free text
   *     ({@code wish}) holds up to {@link InputBounds#MAX_FREE_TEXT} chars, every other cell and
   *     every column name up to {@link InputBounds#MAX_SHORT_TEXT}
   */
  String text() throws IOException {
    boolean header = row == 1 || column >= this.header.size();
    return text(InputBounds.maxLength(!header && InputBounds.isFreeText(this.header.get(column))));
  }

  /** The current cell as it was written, up to {@code maxLength} chars of well-formed text. */
  String text(int maxLength) throws IOException {
    String text = parser.getText();
    boolean header = row == 1 || column >= this.header.size();
    Optional<String> problem = InputBounds.textProblem(text, maxLength);
    if (problem.isPresent()) {
      throw header
          ? FileFormatException.of(source, "row " + row, "a column name " + problem.get())
          : error(problem.get());
    }
    return text;
  }

  /**
   * The current cell as a number, NaN when blank.
   *
   * @throws FileFormatException naming the row and column when it is not a number
   */
  double number() throws IOException {
    try {
      return Numbers.parse(
          parser.getTextCharacters(),
          parser.getTextOffset(),
          parser.getTextLength(),
          CsvFormat.decimalComma(separator));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** An error about the current cell: {@code row N, column X: reason}. */
  FileFormatException error(String reason) {
    return errorAt(header.get(column), reason);
  }

  /** An error about column {@code name} of the current row. */
  FileFormatException errorAt(String name, String reason) {
    return FileFormatException.of(source, "row " + row + ", column " + name, reason);
  }

  private JsonToken token() throws IOException {
    try {
      return parser.nextToken();
    } catch (CharacterCodingException e) {
      throw FileFormatException.of(
          source,
          "row " + (row + 1),
          StandardCharsets.UTF_8.equals(text.encoding)
              ? "the file is not UTF-8 (" + format.notUtf8Advice() + ")"
              : "a byte that is not a character in Windows-1252");
    } catch (JsonProcessingException e) {
      throw FileFormatException.of(
          source,
          "row " + (row + 1),
          "not readable as CSV: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Skips a UTF-8 byte order mark; whether there was one. */
  private static boolean skipByteOrderMark(BufferedInputStream buffered) throws IOException {
    buffered.mark(3);
    byte[] first = buffered.readNBytes(3);
    if (first.length == 3
        && (first[0] & 0xff) == 0xef
        && (first[1] & 0xff) == 0xbb
        && (first[2] & 0xff) == 0xbf) {
      return true;
    }
    buffered.reset();
    return false;
  }

  /**
   * The characters of the bytes: ASCII as it comes until the first byte that is not ASCII decides
   * the encoding as {@link CsvFormat#encodingAt} says, unless it was set; from there a strict
   * decoder of that encoding.
   *
   * <p>Until the encoding is known the bytes are read a block at a time into an array of its own,
   * and a read returns the characters of the block at hand rather than wait for more. (Asking the
   * stream how much it has at hand costs a file two system calls, too many to ask for every byte.)
   */
  private static final class Text extends Reader {
    private static final int BLOCK = 1 << 13;

    private final InputStream in;
    private Charset encoding;
    private Reader decoded;
    private byte[] block;
    private int at;
    private int end;

    Text(InputStream in, Charset encoding) {
      this.in = in;
      this.encoding = encoding;
      if (encoding != null) {
        decoded = decoder(in, encoding);
      }
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
      if (decoded != null) {
        return decoded.read(chars, offset, length);
      }
      if (length == 0) {
        return 0;
      }
      if (at == end && !fill()) {
        return -1;
      }
      int n = 0;
      while (n < length && at < end) {
        byte b = block[at];
        if (b < 0) { // the first byte that is not ASCII
          if (n > 0) {
            return n;
          }
          decideEncoding();
          return decoded.read(chars, offset, length);
        }
        chars[offset + n++] = (char) b;
        at++;
      }
      return n;
    }

    /** Reads the next block into the empty array; whether there was one. */
    private boolean fill() throws IOException {
      if (block == null) {
        block = new byte[BLOCK];
      }
      int read = in.read(block, 0, BLOCK);
      at = 0;
      end = Math.max(read, 0);
      return read > 0;
    }

    /**
     * Decides the encoding from the bytes at {@code at} (up to four, enough for one UTF-8
     * character), and decodes from there on: the rest of the block first, then the stream.
     */
    private void decideEncoding() throws IOException {
      if (end - at < 4) {
        System.arraycopy(block, at, block, 0, end - at);
        end -= at;
        at = 0;
        while (end < 4) {
          int read = in.read(block, end, BLOCK - end);
          if (read < 0) {
            break;
          }
          end += read;
        }
      }
      encoding = CsvFormat.encodingAt(block, at, Math.min(end, at + 4));
      decoded =
          decoder(
              new SequenceInputStream(new ByteArrayInputStream(block, at, end - at), in), encoding);
    }

    private static Reader decoder(InputStream in, Charset encoding) {
      return new InputStreamReader(
          in,
          encoding
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
