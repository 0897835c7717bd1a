package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleResponsesCsvTest {

  private static final double NA = Double.NaN;

  private static final Scale SCALE =
      Scale.of(
          new ScaleId("cohesion"),
          Text.of("Cohesion"),
          new ResponseRange(1, 5),
          List.of(Item.of("SC1"), new Item("SC2", Text.of("SC2"), true), Item.of("SC3")));

  private record Row(String respondent, List<Double> answers, String group) {}

  private final List<Row> rows = new ArrayList<>();

  private long read(ScaleResponsesCsv reader, String csv) throws IOException {
    return read(reader, csv.getBytes(StandardCharsets.UTF_8));
  }

  private long read(ScaleResponsesCsv reader, byte[] csv) throws IOException {
    return reader.read(
        new ByteArrayInputStream(csv),
        "data.csv",
        (respondent, answers, group) -> {
          List<Double> list = new ArrayList<>();
          for (double a : answers) {
            list.add(a);
          }
          rows.add(new Row(respondent, list, group));
        });
  }

  private FileFormatException failure(ScaleResponsesCsv reader, String csv) {
    return catchThrowableOfType(FileFormatException.class, () -> read(reader, csv));
  }

  @Test
  void aGroupWithANulCharacterOrLongerThanANameIsRefusedInBothReadingPaths() {
    // Rows split whole in one pass, or read cell by cell: both hold the bound.
    for (ScaleResponsesCsv reader :
        List.of(
            ScaleResponsesCsv.forScale(SCALE).groupBy("street"),
            ScaleResponsesCsv.forScale(SCALE).groupBy("street").cellByCell())) {
      FileFormatException nulFirst = failure(reader, "SC1,SC2,SC3,street\n4,4,4,a\u0000b\n");
      FileFormatException nulLater =
          failure(reader, "SC1,SC2,SC3,street\n4,4,4,a\n4,4,4,b\n4,4,4,c\u0000\n");
      FileFormatException longLater =
          failure(reader, "SC1,SC2,SC3,street\n4,4,4,a\n4,4,4," + "s".repeat(201) + "\n");

      assertThat(nulFirst.errors())
          .containsExactly(
              new FieldError(
                  "row 2, column street",
                  "must not contain the character U+0000, found at position 2"));
      assertThat(nulLater.errors().get(0).field()).isEqualTo("row 4, column street");
      assertThat(longLater.errors().get(0).reason()).contains("at most 200 characters");
      rows.clear();
    }
  }

  private List<Map<String, String>> attributes(ScaleResponsesCsv reader, String csv)
      throws IOException {
    List<Map<String, String>> seen = new ArrayList<>();
    reader.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "data.csv",
        (respondent, answers, group, attributes) -> seen.add(attributes));
    return seen;
  }

  private static List<ScaleResponsesCsv> bothPaths(ScaleResponsesCsv reader) {
    return List.of(reader, reader.cellByCell());
  }

  @Test
  void readsTheAttributeColumnsTheHeaderHasAndNoOtherColumn() throws IOException {
    for (ScaleResponsesCsv reader :
        bothPaths(ScaleResponsesCsv.forScale(SCALE).attributes(List.of("street", "building")))) {
      List<Map<String, String>> seen =
          attributes(
              reader,
              """
              respondent,SC1,street,SC2,SC3,note
              p1,1,west,2,3,x
              p2,4,,4,4,y
              p3,4," east ",4,4,
              """);

      assertThat(seen)
          .containsExactly(Map.of("street", "west"), Map.of(), Map.of("street", "east"));
    }
  }

  @Test
  void anAttributeColumnCanAlsoGroup() throws IOException {
    List<String> groups = new ArrayList<>();
    List<Map<String, String>> seen = new ArrayList<>();
    ScaleResponsesCsv.forScale(SCALE)
        .groupBy("street")
        .attributes(List.of("street"))
        .read(
            new ByteArrayInputStream(
                "SC1,SC2,SC3,street\n1,2,3,west\n".getBytes(StandardCharsets.UTF_8)),
            "data.csv",
            (respondent, answers, group, attributes) -> {
              groups.add(group);
              seen.add(attributes);
            });

    assertThat(groups).containsExactly("west");
    assertThat(seen).containsExactly(Map.of("street", "west"));
  }

  @Test
  void anAttributeWithANulCharacterIsRefusedByRowAndColumnInBothReadingPaths() {
    for (ScaleResponsesCsv reader :
        bothPaths(ScaleResponsesCsv.forScale(SCALE).attributes(List.of("street")))) {
      FileFormatException refused =
          catchThrowableOfType(
              FileFormatException.class,
              () -> attributes(reader, "SC1,SC2,SC3,street\n4,4,4,a\n4,4,4,b\u0000\n"));

      assertThat(refused.errors())
          .containsExactly(
              new FieldError(
                  "row 3, column street",
                  "must not contain the character U+0000, found at position 2"));
    }
  }

  @Test
  void anAttributeColumnTwiceOrNamedAsAnItemIsAHeaderError() {
    FileFormatException twice =
        catchThrowableOfType(
            FileFormatException.class,
            () ->
                attributes(
                    ScaleResponsesCsv.forScale(SCALE).attributes(List.of("street")),
                    "SC1,SC2,SC3,street,street\n1,2,3,a,b\n"));
    FileFormatException item =
        catchThrowableOfType(
            FileFormatException.class,
            () ->
                attributes(
                    ScaleResponsesCsv.forScale(SCALE).attributes(List.of("SC2")),
                    "SC1,SC2,SC3\n1,2,3\n"));

    assertThat(twice.errors())
        .containsExactly(new FieldError("column street", "appears twice in the header"));
    assertThat(item.errors())
        .containsExactly(
            new FieldError("column SC2", "is an item of the scale and cannot be an attribute"));
  }

  @Test
  void readsAnswersInItemOrderWhateverTheColumnOrder() throws IOException {
    long n =
        read(
            ScaleResponsesCsv.forScale(SCALE),
            """
            SC3,note,SC1,SC2
            3,anything,4,2
            5,,1.5,
            """);

    assertThat(n).isEqualTo(2);
    assertThat(rows)
        .containsExactly(
            new Row(null, List.of(4.0, 2.0, 3.0), null),
            new Row(null, List.of(1.5, Double.NaN, 5.0), null));
  }

  @Test
  void readsRespondentAndGroupColumns() throws IOException {
    read(
        ScaleResponsesCsv.forScale(SCALE).groupBy("street"),
        """
        respondent,street,SC1,SC2,SC3
        p1,Dorpsstraat,1,2,3
        p2,,4,4,4
        """);

    assertThat(rows)
        .containsExactly(
            new Row("p1", List.of(1.0, 2.0, 3.0), "Dorpsstraat"),
            new Row("p2", List.of(4.0, 4.0, 4.0), null));
  }

  @Test
  void aShortRowMissesTheItemsItDoesNotReach() throws IOException {
    read(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n4,2,3\n5\n");

    assertThat(rows)
        .containsExactly(
            new Row(null, List.of(4.0, 2.0, 3.0), null),
            new Row(null, List.of(5.0, Double.NaN, Double.NaN), null));
  }

  @Test
  void rowsOfOneGroupShareOneString() throws IOException {
    read(
        ScaleResponsesCsv.forScale(SCALE).groupBy("street"),
        "street,SC1,SC2,SC3\nKerkstraat,1,2,3\n\" Kerkstraat\",2,2,2\nKerkstraat,3,3,3\n");

    assertThat(rows).extracting(Row::group).containsOnly("Kerkstraat");
    assertThat(rows.get(2).group()).isSameAs(rows.get(0).group());
  }

  @Test
  void theRespondentColumnCanAlsoGroup() throws IOException {
    read(
        ScaleResponsesCsv.forScale(SCALE).groupBy("respondent"),
        "respondent,SC1,SC2,SC3\np1,1,2,3\n");

    assertThat(rows).containsExactly(new Row("p1", List.of(1.0, 2.0, 3.0), "p1"));
  }

  @Test
  void acceptsAByteOrderMarkQuotesAndWindowsLineEnds() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body =
        "SC1,SC2,SC3,remark\r\n1,2,3,\"a, b\"\r\n\"4\",5,1,\"line\nbreak\"\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, csv, 0, bom.length);
    System.arraycopy(body, 0, csv, bom.length, body.length);

    assertThat(read(ScaleResponsesCsv.forScale(SCALE), csv)).isEqualTo(2);
    assertThat(rows.get(1).answers()).containsExactly(4.0, 5.0, 1.0);
  }

  @Test
  void skipsRowsWithNothingInThemButStillCountsThemForRowNumbers() {
    FileFormatException e =
        failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n1,2,3\n\n,,\n1,2,9\n");

    assertThat(rows).hasSize(1);
    assertThat(e.getMessage()).isEqualTo("data.csv: row 5, column SC3: must be within 1–5, got 9");
  }

  @Test
  void aRowWithOnlyARespondentIsARespondentWithoutAnswers() throws IOException {
    read(ScaleResponsesCsv.forScale(SCALE), "respondent,SC1,SC2,SC3\np9,,,\n");

    assertThat(rows)
        .containsExactly(new Row("p9", List.of(Double.NaN, Double.NaN, Double.NaN), null));
  }

  @Test
  void aBadCellNamesItsRowAndColumn() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n1,2,3\n4,4,5,\n2,x,3\n"))
        .hasMessage("data.csv: row 4, column SC2: not a number: 'x'");
  }

  @Test
  void aDecimalCommaIsExplained() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n\"4,5\",2,3\n"))
        .hasMessage(
            "data.csv: row 2, column SC1: not a number: '4,5' (write decimals with a point, as in"
                + " 4.5)");
  }

  @Test
  void answersOutsideTheRangeAreErrorsNotDropped() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n0,2,3\n"))
        .hasMessage("data.csv: row 2, column SC1: must be within 1–5, got 0");
  }

  @Test
  void aValueBeyondTheHeaderIsAnError() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3\n1,2,3,4\n"))
        .hasMessage("data.csv: row 2: has a value in column 4, but the header has only 3 columns");
  }

  @Test
  void missingItemColumnsAndAMissingGroupColumnAreNamed() {
    FileFormatException e =
        failure(ScaleResponsesCsv.forScale(SCALE).groupBy("street"), "sc1,SC3,Street\n1,2,x\n");

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly("column SC1", "column SC2", "column street", "file");
    assertThat(e.getMessage())
        .contains(
            "column SC1: missing: item 'SC1' of scale cohesion has no column (the header has 'sc1'")
        .contains("column street: missing: the grouping column is not in the header");
  }

  @Test
  void aRepeatedItemColumnIsAnError() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), "SC1,SC2,SC3,SC2\n1,2,3,4\n"))
        .hasMessage("data.csv: column SC2: appears twice in the header");
  }

  @Test
  void aRowTheHandlerRefusesIsNamedByItsRow() {
    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class,
            () ->
                ScaleResponsesCsv.forScale(SCALE)
                    .read(
                        new ByteArrayInputStream(
                            "respondent,SC1,SC2,SC3\np1,1,2,3\np1,2,2,2\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        "data.csv",
                        (respondent, answers, group) -> {
                          if (rows.stream().anyMatch(r -> r.respondent().equals(respondent))) {
                            throw new IllegalArgumentException(
                                "respondent '" + respondent + "' twice");
                          }
                          rows.add(new Row(respondent, List.of(), group));
                        }));

    assertThat(e).hasMessage("data.csv: row 3: respondent 'p1' twice");
  }

  @Test
  void readsIntoABuilderWithoutLettingOneRowsAnswersLeakIntoTheNext(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(
        file, "respondent,SC1,SC2,SC3,street\np1,1,2,3,A\np2,4\n\np3,,5,,B\n\"p4\",2,2,2,A\n");
    ScaleData.Builder builder = ScaleData.builder(SCALE);

    long n = ScaleResponsesCsv.forScale(SCALE).groupBy("street").read(file, builder);
    ScaleData data = builder.build();

    assertThat(n).isEqualTo(4);
    List<List<Double>> keyed = new ArrayList<>();
    for (int row = 0; row < data.size(); row++) {
      keyed.add(
          List.of(data.keyedAnswer(row, 0), data.keyedAnswer(row, 1), data.keyedAnswer(row, 2)));
    }
    // SC2 is reversed; List.equals holds NaN equal to NaN.
    assertThat(keyed)
        .containsExactly(
            List.of(1.0, 4.0, 3.0),
            List.of(4.0, NA, NA),
            List.of(NA, 1.0, NA),
            List.of(2.0, 4.0, 2.0));
    assertThat(data.group(1)).isEmpty();
    assertThat(data.groups()).containsExactly("A", "B");
  }

  @Test
  void aRespondentTheBuilderHasSeenIsNamedByItsRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "respondent,SC1,SC2,SC3\np1,1,2,3\n\np1,2,2,2\n");

    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class,
            () -> ScaleResponsesCsv.forScale(SCALE).read(file, ScaleData.builder(SCALE)));

    assertThat(e).hasMessage(file + ": row 4: respondent 'p1' appears more than once");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThat(failure(ScaleResponsesCsv.forScale(SCALE), ""))
        .hasMessage("data.csv: row 1: the file is empty; it needs a header row");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWhenUtf8IsSet() {
    byte[] latin1 = "SC1,SC2,SC3,street\n1,2,3,Stra\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(SCALE)
            .groupBy("street")
            .format(CsvFormat.detected().withEncoding(StandardCharsets.UTF_8));

    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> read(reader, latin1));

    assertThat(e)
        .hasMessage(
            "data.csv: row 2: the file is not UTF-8 (save it as CSV UTF-8, or set the encoding"
                + " windows-1252)");
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252WhenTheEncodingIsDetected() throws IOException {
    byte[] latin1 = "SC1,SC2,SC3,street\n1,2,3,Stra\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
    List<String> groups = new ArrayList<>();

    ScaleResponsesCsv.forScale(SCALE)
        .groupBy("street")
        .read(
            new ByteArrayInputStream(latin1), "data.csv", (r, answers, group) -> groups.add(group));

    assertThat(groups).containsExactly("Stra\u00dfe");
  }

  /** The rows a reader hands out, or the message it refuses the file with. */
  private static List<String> outcome(ScaleResponsesCsv reader, byte[] csv) {
    List<String> seen = new ArrayList<>();
    Set<String> respondents = new HashSet<>();
    try {
      long n =
          reader.read(
              new ByteArrayInputStream(csv),
              "data.csv",
              (respondent, answers, group) -> {
                if (respondent != null && !respondents.add(respondent)) {
                  throw new IllegalArgumentException("respondent '" + respondent + "' twice");
                }
                seen.add(respondent + " " + Arrays.toString(answers) + " " + group);
              });
      seen.add(n + " rows");
    } catch (FileFormatException e) {
      seen.add(e.getMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return seen;
  }

  private static String randomCell(SplittableRandom random, int kind) {
    String[] answers = {"1", "2", "3", "4", "5", "", "", " 3 ", "4.5", "2.25", "+1", "1e0"};
    String[] faults = {"0", "6", "x", "\"4,5\"", "5.", "-", "4 5", "é", "\"3\""};
    String[] texts = {"p1", "p2", "p3", " p4 ", "Straße", "\"a, b\"", "x\"y", "", "\"q\"\"q\""};
    String[] pool =
        kind == 0 ? answers : kind == 1 ? texts : random.nextInt(5) == 0 ? faults : answers;
    return pool[random.nextInt(pool.length)];
  }

  @Test
  void splittingWholeRowsReadsRandomFilesAsReadingCellByCell() {
    SplittableRandom random = new SplittableRandom(314);
    int refused = 0;
    for (int file = 0; file < 2_000; file++) {
      List<String> header = new ArrayList<>(List.of("SC1", "SC2", "SC3", "respondent", "street"));
      if (random.nextBoolean()) {
        header.add("note");
      }
      Collections.shuffle(header, new Random(random.nextLong()));
      String ending = random.nextInt(3) == 0 ? "\r\n" : "\n";
      StringBuilder csv = new StringBuilder(String.join(",", header)).append(ending);
      boolean faulty = random.nextInt(3) == 0;
      int rowCount = random.nextInt(0, 30);
      for (int r = 0; r < rowCount; r++) {
        int cells = random.nextInt(10) == 0 ? random.nextInt(0, header.size() + 3) : header.size();
        for (int c = 0; c < cells; c++) {
          if (c > 0) {
            csv.append(',');
          }
          if (c >= header.size()) {
            csv.append(random.nextInt(5) == 0 ? "7" : ""); // beyond the header: mostly empty
          } else if (header.get(c).startsWith("SC")) {
            csv.append(randomCell(random, faulty && random.nextInt(20) == 0 ? 2 : 0));
          } else {
            csv.append(randomCell(random, 1));
          }
        }
        csv.append(ending);
      }
      byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
      if (faulty && random.nextInt(10) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) 0xff; // not UTF-8
      }
      ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(SCALE);
      if (random.nextBoolean()) {
        reader = reader.groupBy("street");
      }
      List<String> split = outcome(reader, bytes);
      assertThat(split)
          .as("%s", new String(bytes, StandardCharsets.UTF_8))
          .isEqualTo(outcome(reader.cellByCell(), bytes));
      if (!split.get(split.size() - 1).endsWith(" rows")) {
        refused++;
      }
    }
    // Both outcomes occur often: files read to the end, and files refused for a cell.
    assertThat(refused).isBetween(200, 1_800);
  }

  @Test
  void reportsProgressEveryIntervalOfRows() throws IOException {
    StringBuilder csv = new StringBuilder("SC1,SC2,SC3\n");
    long total = 2 * ProgressListener.INTERVAL + 7;
    for (long i = 0; i < total; i++) {
      csv.append("1,2,3\n");
    }
    List<Long> reports = new ArrayList<>();

    ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(SCALE).onProgress(reports::add);
    long n =
        reader.read(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            "big.csv",
            (respondent, answers, group) -> {});

    assertThat(n).isEqualTo(total);
    assertThat(reports).containsExactly(ProgressListener.INTERVAL, 2 * ProgressListener.INTERVAL);
  }

  /** The data {@link ScaleResponsesCsv#readData} reads, or the message it refuses the file with. */
  private static List<String> dataOutcome(ScaleResponsesCsv reader, Path file, int chunkBytes)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try {
      ScaleData data = chunkBytes > 0 ? reader.readData(file, chunkBytes) : plainRead(reader, file);
      seen.add(data.size() + " rows, groups " + data.groups());
      for (int row = 0; row < data.size(); row++) {
        StringBuilder line = new StringBuilder();
        line.append(data.respondent(row)).append(' ').append(data.group(row));
        for (int j = 0; j < data.scale().size(); j++) {
          line.append(' ').append(data.keyedAnswer(row, j));
        }
        seen.add(line.toString());
      }
    } catch (FileFormatException e) {
      seen.add(e.getMessage());
    }
    return seen;
  }

  private static ScaleData plainRead(ScaleResponsesCsv reader, Path file) throws IOException {
    ScaleData.Builder builder = ScaleData.builder(SCALE);
    reader.read(file, builder);
    return builder.build();
  }

  private static String randomCell(
      SplittableRandom random, String column, boolean faulty, char sep) {
    if (column.startsWith("SC")) {
      String[] answers =
          sep == ','
              ? new String[] {"1", "2", "3", "4", "5", "", "", " 3 ", "4.5", "\"2\"", "\"4,5\""}
              : new String[] {"1", "2", "3", "4", "5", "", "", " 3 ", "4,5", "2.5", "\"3\""};
      String[] faults = {"0", "6", "x", "5.", "-", "4 5", "\u00e9", "\"3"};
      String[] pool = faulty && random.nextInt(40) == 0 ? faults : answers;
      return pool[random.nextInt(pool.length)];
    }
    if (column.equals("respondent")) {
      if (faulty && random.nextInt(60) == 0) {
        return "p" + random.nextInt(5); // a repeat, most likely
      }
      if (faulty && random.nextInt(200) == 0) {
        // Text no respondent may have: a U+0000, or longer than a pseudonym may be
        return random.nextBoolean() ? "p\u0000q" : "r".repeat(201);
      }
      return random.nextInt(15) == 0 ? "" : "r" + random.nextLong(1L << 40);
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
  void readingInChunksReadsRandomFilesAsReadingRowByRow(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(2024);
    int refused = 0;
    int mismatched = 0;
    for (int file = 0; file < 600; file++) {
      List<String> header = new ArrayList<>(List.of("SC1", "SC2", "SC3", "respondent", "street"));
      if (random.nextBoolean()) {
        header.add("note");
      }
      if (random.nextInt(30) == 0) {
        header.remove("SC2"); // a missing column
      }
      Collections.shuffle(header, new Random(random.nextLong()));
      char sep = new char[] {',', ';', '\t'}[random.nextInt(3)];
      String ending = new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)];
      boolean faulty = random.nextInt(3) == 0;
      StringBuilder csv =
          new StringBuilder(String.join(String.valueOf(sep), header)).append(ending);
      int rowCount = random.nextInt(0, 120);
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
      if (!windows1252 && random.nextInt(5) == 0) {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] with = new byte[bytes.length + 3];
        System.arraycopy(bom, 0, with, 0, 3);
        System.arraycopy(bytes, 0, with, 3, bytes.length);
        bytes = with;
      }
      if (faulty && random.nextInt(6) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? 0xe9 : 0x81);
      }
      Path path = Files.write(dir.resolve("data-" + file + ".csv"), bytes);
      ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(SCALE);
      if (random.nextBoolean()) {
        reader = reader.groupBy("street");
      }
      if (random.nextInt(4) == 0) {
        reader = reader.format(CsvFormat.detected().withSeparator(sep));
      }

      List<String> plain = dataOutcome(reader, path, 0);
      int chunkBytes = random.nextInt(1, 300);
      assertThat(dataOutcome(reader, path, chunkBytes))
          .as("chunks of %d bytes: %s", chunkBytes, new String(bytes, StandardCharsets.ISO_8859_1))
          .isEqualTo(plain);
      if (!plain.get(0).contains(" rows, groups ")) {
        refused++;
      }
      if (csv.indexOf("lines") >= 0) {
        mismatched++;
      }
    }
    // Both outcomes occur often: files read to the end, and files refused.
    assertThat(refused).isBetween(100, 500);
    assertThat(mismatched).isGreaterThan(100);
  }

  @Test
  void readingInChunksReportsTheEarliestProblemOfAnyChunk(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("respondent,SC1,SC2,SC3\n");
    for (int i = 0; i < 5_000; i++) {
      String answer = i == 3_000 ? "9" : i == 4_500 ? "x" : "2";
      String respondent = i == 2_000 ? "p7" : "p" + i;
      csv.append(respondent).append(",1,").append(answer).append(",3\n");
    }
    Path path = Files.writeString(dir.resolve("late.csv"), csv);
    ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(SCALE);

    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> reader.readData(path, 1_000));

    assertThat(e).hasMessage(path + ": row 2002: respondent 'p7' appears more than once");
  }

  @Test
  void readingInChunksReportsProgressAsReadingRowByRow(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("SC1,SC2,SC3\n");
    long total = 2 * ProgressListener.INTERVAL + 7;
    for (long i = 0; i < total; i++) {
      csv.append("1,2,3\n");
    }
    Path path = Files.writeString(dir.resolve("big.csv"), csv);
    List<Long> reports = new ArrayList<>();

    ScaleData data = ScaleResponsesCsv.forScale(SCALE).onProgress(reports::add).readData(path);

    assertThat(data.size()).isEqualTo(total);
    assertThat(reports).containsExactly(ProgressListener.INTERVAL, 2 * ProgressListener.INTERVAL);
  }
}
