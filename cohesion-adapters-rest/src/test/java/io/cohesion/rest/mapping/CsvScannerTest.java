package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner must read every file exactly as the Jackson-based {@link CsvCursor} reads it:
 * the same cells in the same rows with the same row numbers, and a refusal where it refuses.
 */
class CsvScannerTest {

  /** What a reader saw: the header, then per row its number and its cells. */
  private static List<String> scanned(byte[] csv) throws IOException {
    List<String> seen = new ArrayList<>();
    try (CsvScanner scanner = CsvScanner.open(new ByteArrayInputStream(csv), "data.csv")) {
      seen.add("header " + scanner.header());
      while (scanner.nextRow()) {
        List<String> cells = new ArrayList<>();
        while (scanner.nextCell()) {
          cells.add(scanner.column() + "=" + scanner.text());
        }
        seen.add("row " + scanner.row() + " " + cells);
      }
    }
    return seen;
  }

  /** How many rows {@link #split} took whole, over the whole test class. */
  private static long rowsSplit;

  /** As {@link #scanned}, but every row the scanner can split whole is read that way. */
  private static List<String> split(byte[] csv) throws IOException {
    List<String> seen = new ArrayList<>();
    try (CsvScanner scanner = CsvScanner.open(new ByteArrayInputStream(csv), "data.csv")) {
      seen.add("header " + scanner.header());
      while (scanner.nextRow()) {
        List<String> cells = new ArrayList<>();
        int split = scanner.splitRow();
        if (split >= 0) {
          rowsSplit++;
          for (int c = 0; c < split; c++) {
            cells.add(c + "=" + scanner.splitText(c));
          }
          scanner.endSplitRow();
        } else {
          while (scanner.nextCell()) {
            cells.add(scanner.column() + "=" + scanner.text());
          }
        }
        seen.add("row " + scanner.row() + " " + cells);
      }
    }
    return seen;
  }

  private static List<String> cursor(byte[] csv) throws IOException {
    List<String> seen = new ArrayList<>();
    try (CsvCursor cursor = CsvCursor.open(new ByteArrayInputStream(csv), "data.csv")) {
      seen.add("header " + cursor.header());
      while (cursor.nextRow()) {
        List<String> cells = new ArrayList<>();
        while (cursor.nextCell()) {
          cells.add(cursor.column() + "=" + cursor.text());
        }
        seen.add("row " + cursor.row() + " " + cells);
      }
    }
    return seen;
  }

  /** The rows, or the kind of refusal: both readers word a few refusals differently. */
  private static Object outcome(Reader reader, byte[] csv) {
    try {
      return reader.read(csv);
    } catch (FileFormatException e) {
      String message = e.getMessage();
      if (message.contains("not readable as CSV")) {
        return "not CSV";
      }
      return message.contains("not UTF-8") ? "not UTF-8" : message;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @FunctionalInterface
  private interface Reader {
    List<String> read(byte[] csv) throws IOException;
  }

  private static String randomCell(SplittableRandom random, boolean clean, char separator) {
    String[] pieces = {
      "1", "23", "4.5", "4,5", " ", "x", "é", "Straße", ",", ";", "\"", "\n", "\r\n", "\t"
    };
    StringBuilder cell = new StringBuilder();
    int length = random.nextInt(0, 5);
    for (int i = 0; i < length; i++) {
      cell.append(pieces[random.nextInt(pieces.length)]);
    }
    String text = cell.toString();
    boolean needsQuotes = text.matches("(?s).*[" + separator + "\"\r\n].*");
    if (needsQuotes || random.nextInt(5) == 0) {
      String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
      if (!clean && random.nextInt(50) == 0) {
        return quoted + "x"; // a character after the closing quote: not CSV
      }
      if (random.nextInt(10) == 0) {
        return quoted + "  "; // spaces after the closing quote are allowed
      }
      return quoted;
    }
    return text;
  }

  private static byte[] randomFile(SplittableRandom random, int rows) {
    // A file that is not UTF-8 has no other fault: Jackson decodes ahead of what it parses, so it
    // finds a bad byte before a fault in the rows before it, where the scanner finds them in order.
    boolean notUtf8 = random.nextInt(50) == 0;
    StringBuilder csv = new StringBuilder();
    int columns = random.nextInt(1, 6);
    String[] endings = {"\n", "\r\n", "\r"};
    String ending = endings[random.nextInt(endings.length)];
    // Comma-separated mostly; semicolon-separated as a spreadsheet in Dutch saves it, detected.
    char separator = random.nextInt(3) == 0 ? ';' : ',';
    for (int c = 0; c < columns; c++) {
      csv.append(c == 0 ? "" : separator).append("c").append(c);
    }
    csv.append(ending);
    for (int r = 0; r < rows; r++) {
      int cells =
          random.nextInt(10) == 0 ? random.nextInt(0, columns + (notUtf8 ? 1 : 3)) : columns;
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          csv.append(separator);
        }
        // Cells beyond the header are mostly empty (trailing commas), sometimes not: refused.
        csv.append(
            c >= columns && random.nextInt(4) > 0 ? "" : randomCell(random, notUtf8, separator));
      }
      if (r < rows - 1 || random.nextBoolean()) {
        csv.append(ending);
      }
    }
    if (!notUtf8 && random.nextInt(200) == 0) {
      csv.append("\"never closed");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    if (notUtf8) {
      // In place of a letter or digit, so that the structure of the file stays as it was.
      int at = random.nextInt(bytes.length);
      while (!Character.isLetterOrDigit(bytes[at])) {
        at = (at + 1) % bytes.length;
      }
      bytes[at] = (byte) 0xff; // never part of UTF-8
    }
    return bytes;
  }

  @Test
  void readsRandomFilesAsTheJacksonCursorDoes() {
    SplittableRandom random = new SplittableRandom(20261128);
    for (int file = 0; file < 3_000; file++) {
      byte[] csv = randomFile(random, random.nextInt(0, 12));
      assertThat(outcome(CsvScannerTest::scanned, csv))
          .as("%s", new String(csv, StandardCharsets.UTF_8))
          .isEqualTo(outcome(CsvScannerTest::cursor, csv));
    }
  }

  @Test
  void splitsRandomRowsWholeAsItReadsThemCellByCell() {
    SplittableRandom random = new SplittableRandom(5);
    long before = rowsSplit;
    for (int file = 0; file < 3_000; file++) {
      byte[] csv = randomFile(random, random.nextInt(0, 12));
      assertThat(outcome(CsvScannerTest::split, csv))
          .as("%s", new String(csv, StandardCharsets.UTF_8))
          .isEqualTo(outcome(CsvScannerTest::scanned, csv));
    }
    // Most random rows hold a quote or a line break in some cell; still thousands are split.
    assertThat(rowsSplit - before).isGreaterThan(2_000);
  }

  @Test
  void splitsLargeFilesAcrossEveryBufferBoundaryAsItReadsThemCellByCell() {
    SplittableRandom random = new SplittableRandom(11);
    for (int file = 0; file < 4; file++) {
      byte[] csv = randomFile(random, 30_000 * (file + 1));
      assertThat(outcome(CsvScannerTest::split, csv))
          .isEqualTo(outcome(CsvScannerTest::scanned, csv));
    }
  }

  @Test
  void splitsOrdinaryRowsAndLeavesTheOthersToTheCellByCellPath() throws IOException {
    byte[] csv =
        ("a,b,cé\r\n1,Straße,x\"y\r\n\"q\",2,3\r\n4,5,6,,\r\n7,8,9,0\n\n10,11,12")
            .getBytes(StandardCharsets.UTF_8);
    List<Integer> splits = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    try (CsvScanner scanner = CsvScanner.open(new ByteArrayInputStream(csv), "data.csv")) {
      while (scanner.nextRow()) {
        int split = scanner.splitRow();
        splits.add(split);
        if (split == 3) {
          rows.add(scanner.splitText(0) + "|" + scanner.splitText(1) + "|" + scanner.splitText(2));
          scanner.endSplitRow();
        } else {
          rows.add("row " + scanner.row() + " cell by cell");
        }
      }
    } catch (FileFormatException e) {
      rows.add(e.getMessage());
    }

    // A quoted cell, a value beyond the header and a last row without a line end are not split;
    // a quote inside a cell is an ordinary character, and trailing empty cells are tolerated.
    assertThat(splits).containsExactly(3, -1, 3, -1);
    assertThat(rows)
        .containsExactly(
            "1|Straße|x\"y",
            "row 3 cell by cell",
            "4|5|6",
            "row 5 cell by cell",
            "data.csv: row 5: has a value in column 4, but the header has only 3 columns");
  }

  @Test
  void readsLargeFilesAcrossEveryBufferBoundaryAsTheJacksonCursorDoes() {
    // Tens of thousands of rows cross the ends of the first short reads and of later full ones.
    SplittableRandom random = new SplittableRandom(7);
    for (int file = 0; file < 6; file++) {
      byte[] csv = randomFile(random, 20_000 * (file + 1));
      assertThat(outcome(CsvScannerTest::scanned, csv))
          .isEqualTo(outcome(CsvScannerTest::cursor, csv));
    }
  }

  @Test
  void readsACellLargerThanItsBuffer() throws IOException {
    String big = "x".repeat(3 << 20);
    byte[] csv =
        ("a,b\n1,\"" + big + "\"\n2," + big + "\n3,\"q\"\"q\"\n").getBytes(StandardCharsets.UTF_8);

    assertThat(scanned(csv))
        .containsExactly(
            "header [a, b]",
            "row 2 [0=1, 1=" + big + "]",
            "row 3 [0=2, 1=" + big + "]",
            "row 4 [0=3, 1=q\"q]");
  }

  @Test
  void skipsAByteOrderMarkAndCountsAQuotedLineBreakAsPartOfItsRow() throws IOException {
    byte[] csv = "\uFEFFa,b\r\n\"x\ny\",2\r\n3,4".getBytes(StandardCharsets.UTF_8);

    assertThat(scanned(csv))
        .containsExactly("header [a, b]", "row 2 [0=x\ny, 1=2]", "row 3 [0=3, 1=4]");
  }

  @Test
  void namesTheRowOfAQuoteThatIsNeverClosed() {
    byte[] csv = "a,b\n1,2\n3,\"open\n4,5\n".getBytes(StandardCharsets.UTF_8);

    FileFormatException e = catchThrowableOfType(FileFormatException.class, () -> scanned(csv));

    assertThat(e)
        .hasMessage("data.csv: row 3: not readable as CSV: Missing closing quote for value");
  }

  @Test
  void namesTheCharacterAfterAClosingQuote() {
    byte[] csv = "a,b\n\"1\"2,3\n".getBytes(StandardCharsets.UTF_8);

    FileFormatException e = catchThrowableOfType(FileFormatException.class, () -> scanned(csv));

    assertThat(e)
        .hasMessage(
            "data.csv: row 2: not readable as CSV: Unexpected character ('2' (code 50)): Expected"
                + " column separator character (',' (code 44)) or end-of-line");
  }
}
