package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WishMapResponsesCsv#readColumns}, in chunks and row by row, against the columns of what
 * {@link WishMapResponsesCsv#readAll} reads: the same columns, or the same refusal.
 */
class WishMapColumnsCsvTest {
  private static final WishMap MAP =
      new WishMap(
          new WishMapId("village"),
          List.of(Value.of("contact"), Value.of("safety"), Value.of("green")),
          new ResponseRange(1, 5),
          Optional.of(new ResponseRange(1, 5)),
          2,
          List.of("household", "street"),
          Mobilisation.none(),
          List.of(
              new SegmentColumn(
                  "household",
                  Text.of("household"),
                  List.of(Value.of("h0"), Value.of("h1"), Value.of("h2")))));

  private static final List<String> HEADER =
      List.of(
          "respondent",
          "household",
          "street",
          "imp.contact",
          "imp.safety",
          "imp.green",
          "sat.contact",
          "sat.safety",
          "sat.green",
          "top1",
          "top2",
          "networks",
          "willingness",
          "wish",
          "note");

  /** The columns read, as lines of text, or the message the file is refused with. */
  private static List<String> outcome(WishMapResponsesCsv reader, Path file, int chunkBytes)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try {
      WishMapColumns columns =
          chunkBytes > 0
              ? reader.readColumns(file, chunkBytes)
              : chunkBytes == 0
                  ? reader.readColumnsByRow(file)
                  : WishMapColumns.of(MAP, reader.readAll(file));
      seen.add(columns.size() + " rows");
      seen.add("household " + columns.segmentKeys(0) + ", street " + columns.segmentKeys(1));
      seen.add("networks " + new TreeSet<>(columns.networkNames()));
      for (int i = 0; i < columns.size(); i++) {
        StringBuilder line = new StringBuilder();
        for (int v = 0; v < 3; v++) {
          line.append(columns.importance(v, i)).append(' ').append(columns.satisfaction(v, i));
          line.append(' ');
        }
        line.append(columns.topChoice(i, 0)).append(' ').append(columns.topChoice(i, 1));
        line.append(' ').append(columns.segmentKey(0, i)).append(' ');
        line.append(columns.segmentKey(1, i));
        TreeSet<String> networks = new TreeSet<>();
        for (int j = 0; j < columns.networkCount(i); j++) {
          networks.add(columns.networkNames().get(columns.network(i, j)));
        }
        seen.add(line.append(' ').append(networks).toString());
      }
    } catch (FileFormatException e) {
      seen.add(e.getMessage());
    }
    return seen;
  }

  private static String randomCell(
      SplittableRandom random, String column, boolean faulty, char sep) {
    boolean fault = faulty && random.nextInt(60) == 0;
    if (column.startsWith("imp.") || column.startsWith("sat.")) {
      String[] answers =
          sep == ','
              ? new String[] {"1", "2", "3", "4", "5", "", "", " 3 ", "4.5", "\"2\"", "\"4,5\""}
              : new String[] {"1", "2", "3", "4", "5", "", "", " 3 ", "4,5", "2.5", "\"3\""};
      String[] faults = {"0", "6", "x", "5.", "-", "4 5", "\u00e9", "\"3"};
      String[] pool = fault ? faults : answers;
      return pool[random.nextInt(pool.length)];
    }
    switch (column) {
      case "respondent":
        return fault
            ? new String[] {"a\u0000b", "x".repeat(201)}[random.nextInt(2)]
            : random.nextInt(15) == 0 ? "" : "r" + random.nextLong(1L << 40);
      case "household":
        return fault ? "h9" : new String[] {"h0", "h1", "h2", "", " h1 "}[random.nextInt(5)];
      case "top1":
      case "top2":
        return fault
            ? new String[] {"parking", "contact"}[random.nextInt(2)]
            : column.equals("top1")
                ? new String[] {"contact", "safety", ""}[random.nextInt(3)]
                : new String[] {"green", ""}[random.nextInt(2)];
      case "networks":
        return fault
            ? "\"" + "n".repeat(201) + "\""
            : new String[] {"choir", "\"choir;play-week\"", "", " fair ", "\"a;;b; a\""}
                [random.nextInt(5)];
      case "willingness":
        return fault
            ? new String[] {"3.5", "6", "0"}[random.nextInt(3)]
            : new String[] {"1", "5", ""}[random.nextInt(3)];
      default:
        break;
    }
    String[] texts = {
      "Oost",
      "West",
      " Noord ",
      "Stra\u00dfe",
      "\"a" + sep + " b\"",
      "\"two\nlines\"",
      "\"q\"\"q\"",
      "",
      "Caf\u00e9",
      "\"\r\n\""
    };
    return texts[random.nextInt(texts.length)];
  }

  @Test
  void readingIntoColumnsReadsRandomFilesAsReadingResponses(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(2025);
    int refused = 0;
    int mismatched = 0;
    for (int file = 0; file < 500; file++) {
      List<String> header = new ArrayList<>(HEADER);
      if (random.nextInt(30) == 0) {
        header.remove("imp.safety"); // a missing column
      }
      Collections.shuffle(header, new Random(random.nextLong()));
      char sep = new char[] {',', ';', '\t'}[random.nextInt(3)];
      String ending = new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)];
      boolean faulty = random.nextInt(3) == 0;
      StringBuilder csv =
          new StringBuilder(String.join(String.valueOf(sep), header)).append(ending);
      int rowCount = random.nextInt(0, 80);
      for (int r = 0; r < rowCount; r++) {
        if (random.nextInt(40) == 0) {
          csv.append(ending); // a blank row
          continue;
        }
        int cells = random.nextInt(15) == 0 ? random.nextInt(0, header.size() + 3) : header.size();
        for (int c = 0; c < cells; c++) {
          if (c > 0) {
            csv.append(sep);
          }
          if (c >= header.size()) {
            csv.append(faulty && random.nextInt(3) == 0 ? "7" : "");
          } else {
            csv.append(randomCell(random, header.get(c), faulty, sep));
          }
        }
        if (r < rowCount - 1 || random.nextBoolean()) {
          csv.append(ending);
        }
      }
      boolean windows1252 = random.nextInt(3) == 0;
      byte[] bytes =
          csv.toString().getBytes(windows1252 ? CsvFormat.WINDOWS_1252 : StandardCharsets.UTF_8);
      if (faulty && random.nextInt(6) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? 0xe9 : 0x81);
      }
      Path path = Files.write(dir.resolve("answers-" + file + ".csv"), bytes);
      WishMapResponsesCsv reader = WishMapResponsesCsv.forWishMap(MAP);
      if (random.nextInt(4) == 0) {
        reader = reader.format(CsvFormat.detected().withSeparator(sep));
      }

      List<String> responses = outcome(reader, path, -1);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      assertThat(outcome(reader, path, 0)).as("row by row: %s", text).isEqualTo(responses);
      int chunkBytes = random.nextInt(1, 300);
      assertThat(outcome(reader, path, chunkBytes))
          .as("chunks of %d bytes: %s", chunkBytes, text)
          .isEqualTo(responses);
      if (responses.size() == 1) {
        refused++;
      }
      if (csv.indexOf("lines") >= 0) {
        mismatched++;
      }
    }
    // Both outcomes occur often: files read to the end, and files refused.
    assertThat(refused).isBetween(80, 400);
    assertThat(mismatched).isGreaterThan(100);
  }

  @Test
  void readingInChunksNamesTheEarliestProblemOfAnyChunkAsTheRowReaderDoes(@TempDir Path dir)
      throws IOException {
    StringBuilder csv = new StringBuilder("respondent,household,street,imp.contact,imp.safety,");
    csv.append("imp.green,sat.contact,sat.safety,sat.green\n");
    for (int i = 0; i < 5_000; i++) {
      String household = i == 2_000 ? "h7" : "h" + i % 3;
      String answer = i == 3_000 ? "9" : i == 4_500 ? "x" : "2";
      csv.append("p").append(i).append(',').append(household).append(",Oost,1,");
      csv.append(answer).append(",3,4,5,1\n");
    }
    Path path = Files.writeString(dir.resolve("late.csv"), csv);
    WishMapResponsesCsv reader = WishMapResponsesCsv.forWishMap(MAP);

    FileFormatException inChunks =
        catchThrowableOfType(FileFormatException.class, () -> reader.readColumns(path, 1_000));
    FileFormatException byRow =
        catchThrowableOfType(FileFormatException.class, () -> reader.readAll(path));

    assertThat(inChunks).hasMessage(byRow.getMessage());
    assertThat(inChunks.getMessage())
        .startsWith(path + ": row 2002, column segments.household: not a declared value");
  }

  @Test
  void readingInChunksReportsProgressAsReadingRowByRow(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("household,street,imp.contact,imp.safety,imp.green,");
    csv.append("sat.contact,sat.safety,sat.green,networks\n");
    long total = 2 * ProgressListener.INTERVAL + 7;
    for (long i = 0; i < total; i++) {
      csv.append("h1,West,1,2,3,4,5,1,choir\n");
    }
    Path path = Files.writeString(dir.resolve("big.csv"), csv);
    List<Long> reports = new ArrayList<>();
    List<Long> rowByRow = new ArrayList<>();

    WishMapColumns columns =
        WishMapResponsesCsv.forWishMap(MAP).onProgress(reports::add).readColumns(path);
    WishMapResponsesCsv.forWishMap(MAP).onProgress(rowByRow::add).readAll(path);

    assertThat(columns.size()).isEqualTo(total);
    assertThat(columns.networkNames()).containsExactly("choir");
    assertThat(reports)
        .isEqualTo(rowByRow)
        .containsExactly(ProgressListener.INTERVAL, 2 * ProgressListener.INTERVAL);
  }
}
