package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files saved the way spreadsheets save them (docs/cli.md#files-from-a-spreadsheet), byte for byte:
 * {@code *-excel.csv} as Excel in Dutch saves "CSV (gescheiden door lijstscheidingsteken)" ({@code
 * ;}, CRLF, Windows-1252, decimal commas), {@code *-excel-utf8.csv} as its "CSV UTF-8" (the same
 * with a byte order mark and UTF-8), {@code *-libreoffice.csv} as LibreOffice Calc with Dutch
 * settings ({@code ;}, LF, UTF-8). Each holds quoted cells with {@code ;} and accented letters.
 */
class SpreadsheetFilesTest {

  private static final String[] SAVED = {"excel", "excel-utf8", "libreoffice"};

  private static InputStream fixture(String name) {
    InputStream in = SpreadsheetFilesTest.class.getResourceAsStream("spreadsheets/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test resource spreadsheets/" + name);
    }
    return in;
  }

  private static byte[] bytes(String name) {
    try (InputStream in = fixture(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scale scale() throws IOException {
    return ScaleFile.read(fixture("scale.json"), "scale.json");
  }

  private static WishMap wishMap() throws IOException {
    return WishMapFile.read(fixture("wish-map.json"), "wish-map.json");
  }

  /** Each row as {@code respondent group answers…}. */
  private static List<String> scaleRows(ScaleResponsesCsv reader, byte[] csv) throws IOException {
    List<String> rows = new ArrayList<>();
    reader.read(
        new ByteArrayInputStream(csv),
        "data.csv",
        (respondent, answers, group) ->
            rows.add(respondent + " " + group + " " + Arrays.toString(answers)));
    return rows;
  }

  private static List<WishMapResponse> wishMapRows(WishMapResponsesCsv reader, byte[] csv)
      throws IOException {
    List<WishMapResponse> rows = new ArrayList<>();
    reader.read(new ByteArrayInputStream(csv), "answers.csv", rows::add);
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {"excel", "excel-utf8", "libreoffice"})
  void readsAScaleFileAsTheSpreadsheetSavedIt(String saved) throws IOException {
    ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(scale()).groupBy("buurt");

    List<String> rows = scaleRows(reader, bytes("scale-" + saved + ".csv"));

    assertThat(rows)
        .containsExactly(
            "h01 Binnenstad [4.0, 3.5, 4.0, 2.0, 1.0]",
            "h02 Binnenstad [3.0, 3.0, 4.0, 2.0, 2.0]",
            "h03 Théresiakwartier [5.0, 4.0, 4.0, 1.0, 1.0]",
            "h04 Théresiakwartier [2.0, 2.0, 3.0, 4.0, 4.0]",
            "h05 Rosmalen-Zuid [4.0, 4.0, 4.5, 2.0, 2.0]",
            "h06 Rosmalen-Zuid [3.0, NaN, 4.0, 3.0, 2.0]");
  }

  @Test
  void readsTheScaleFilesTheSameCellByCell() throws IOException {
    ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(scale()).groupBy("buurt");
    for (String saved : SAVED) {
      byte[] csv = bytes("scale-" + saved + ".csv");
      assertThat(scaleRows(reader.cellByCell(), csv)).isEqualTo(scaleRows(reader, csv));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"excel", "excel-utf8", "libreoffice"})
  void readsAWishMapFileAsTheSpreadsheetSavedIt(String saved) throws IOException {
    List<WishMapResponse> rows =
        wishMapRows(WishMapResponsesCsv.forWishMap(wishMap()), bytes("wish-map-" + saved + ".csv"));

    assertThat(rows).hasSize(4);
    WishMapResponse first = rows.get(0);
    assertThat(first.respondent().value()).isEqualTo("r01");
    assertThat(first.segments()).isEqualTo(Map.of("wijk", "theresia"));
    assertThat(first.networks()).isEqualTo(Set.of("buurtcafé", "school"));
    assertThat(first.wishes()).containsExactly("Een bankje bij de vijver; graag");
    assertThat(first.topChoices()).containsExactly("contact", "care");
    assertThat(rows.get(2).importance()).containsEntry("care", 4.5);
    assertThat(rows.get(3).wishes()).containsExactly("Meer groen én minder auto's");
    assertThat(rows.get(3).satisfaction()).isEmpty();
  }

  @Test
  void aSetSeparatorAndEncodingReadTheSameAsDetected() throws IOException {
    CsvFormat excel = CsvFormat.detected().withSeparator(';').withEncoding(CsvFormat.WINDOWS_1252);
    ScaleResponsesCsv reader = ScaleResponsesCsv.forScale(scale()).groupBy("buurt");
    byte[] csv = bytes("scale-excel.csv");

    assertThat(scaleRows(reader.format(excel), csv)).isEqualTo(scaleRows(reader, csv));
    assertThat(wishMapRows(WishMapResponsesCsv.forWishMap(wishMap()).format(excel), csv("wish")))
        .isEqualTo(wishMapRows(WishMapResponsesCsv.forWishMap(wishMap()), csv("wish")));
  }

  private static byte[] csv(String kind) {
    return bytes(kind.equals("wish") ? "wish-map-excel.csv" : "scale-excel.csv");
  }

  @Test
  void aCommaSetForADutchExcelFileSaysWhatItAssumedAndWhatTheHeaderHolds() throws IOException {
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(scale())
            .format(
                CsvFormat.detected()
                    .withSeparator(',')
                    .advising("--separator '%s'", "--encoding %s"));

    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class, () -> scaleRows(reader, bytes("scale-excel.csv")));

    assertThat(e)
        .hasMessageStartingWith(
            "data.csv: column SC1: missing: item 'SC1' of scale social-cohesion-trust has no"
                + " column")
        .hasMessageEndingWith(
            "; file: read as comma-separated (separator set; the header is plain ASCII); the"
                + " header holds ';' (a Dutch Excel file?): --separator ';'");
  }

  @Test
  void aWishMapFileWithAMissingColumnNamesTheDetectedSeparatorAndEncoding() throws IOException {
    byte[] csv =
        "respondent;wijk;imp.contact;imp.care\r\nr01;binnenstad;5;4\r\n"
            .getBytes(CsvFormat.WINDOWS_1252);

    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class,
            () -> wishMapRows(WishMapResponsesCsv.forWishMap(wishMap()), csv));

    assertThat(e.errors().get(0).field()).isEqualTo("column sat.contact");
    assertThat(e.errors().get(e.errors().size() - 1).toString())
        .isEqualTo(
            "file: read as semicolon-separated (separator detected; the header is plain ASCII)");
  }

  @Test
  void aUtf8HeaderReadAsWindows1252IsPointedOut() throws IOException {
    byte[] csv = "respondent;buurt;SC1;SC2;SC3;SC4;Één\n".getBytes(StandardCharsets.UTF_8);
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(scale())
            .format(
                CsvFormat.detected()
                    .withEncoding(CsvFormat.WINDOWS_1252)
                    .advising("--separator '%s'", "--encoding %s"));

    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> scaleRows(reader, csv));

    assertThat(e)
        .hasMessageEndingWith(
            "file: read as semicolon-separated Windows-1252 (separator detected, encoding set);"
                + " the names look like UTF-8 read as Windows-1252: --encoding utf-8");
  }

  @Test
  void aFileThatTurnsFromUtf8ToWindows1252IsRefusedWhereItTurns() throws IOException {
    byte[] utf8 =
        "respondent;buurt;SC1;SC2;SC3;SC4;SC5\nh01;Théresia;1;2;3;4;5\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] windows = "h02;Théresia;1;2;3;4;5\n".getBytes(CsvFormat.WINDOWS_1252);
    byte[] csv = Arrays.copyOf(utf8, utf8.length + windows.length);
    System.arraycopy(windows, 0, csv, utf8.length, windows.length);

    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class,
            () -> scaleRows(ScaleResponsesCsv.forScale(scale()).groupBy("buurt"), csv));

    assertThat(e)
        .hasMessage(
            "data.csv: row 3: the file is not UTF-8 throughout, though row 2 was read as UTF-8"
                + " (save it as CSV UTF-8, or set the encoding windows-1252)");
  }

  @Test
  void aDecimalCommaIsRefusedInACommaSeparatedFile() throws IOException {
    byte[] csv = "SC1,SC2,SC3,SC4,SC5\n\"3,5\",1,2,3,4\n".getBytes(StandardCharsets.UTF_8);

    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class, () -> scaleRows(ScaleResponsesCsv.forScale(scale()), csv));

    assertThat(e)
        .hasMessage(
            "data.csv: row 2, column SC1: not a number: '3,5' (write decimals with a point, as in"
                + " 3.5)");
  }

  @Test
  void aTabSeparatedFileIsDetectedAndTakesDecimalCommas() throws IOException {
    byte[] csv = "SC1\tSC2\tSC3\tSC4\tSC5\n3,5\t1\t2.5\t3\t4\n".getBytes(StandardCharsets.UTF_8);

    assertThat(scaleRows(ScaleResponsesCsv.forScale(scale()), csv))
        .containsExactly("null null [3.5, 1.0, 2.5, 3.0, 4.0]");
  }
}
