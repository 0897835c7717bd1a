package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code score} and {@code import} on files saved the way spreadsheets save them
 * (docs/cli.md#files-from-a-spreadsheet): the fixtures of the mapping tests, byte for byte as Excel
 * in Dutch ({@code ;}, CRLF, Windows-1252, decimal commas), its "CSV UTF-8" (with a byte order
 * mark) and LibreOffice ({@code ;}, LF, UTF-8) write them.
 */
class SpreadsheetFilesCliTest {
  private static final Path FIXTURES =
      Path.of(
          "..",
          "cohesion-adapters-rest",
          "src",
          "test",
          "resources",
          "io",
          "cohesion",
          "rest",
          "mapping",
          "spreadsheets");

  @TempDir Path dir;

  private static String fixture(String name) {
    Path file = FIXTURES.resolve(name);
    assertThat(file).exists();
    return file.toString();
  }

  private static CliRun score(String data, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "score",
                "--scale",
                fixture("scale.json"),
                "--data",
                fixture(data),
                "--group-by",
                "buurt",
                "--k-min",
                "2",
                "--format",
                "json"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scale-excel.csv", "scale-excel-utf8.csv", "scale-libreoffice.csv"})
  void scoresAFileAsTheSpreadsheetSavedIt(String data) {
    CliRun run = score(data);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("n").asInt()).isEqualTo(6);
    assertThat(json.get("nComplete").asInt()).isEqualTo(5);
    List<String> groups = new ArrayList<>();
    json.get("groups").forEach(g -> groups.add(g.get("group").asText()));
    assertThat(groups).containsExactlyInAnyOrder("Binnenstad", "Rosmalen-Zuid", "Théresiakwartier");
    // The same figures whatever saved the file: the decimal commas were read as decimals.
    assertThat(run.out()).isEqualTo(score("scale-libreoffice.csv").out());
    assertThat(run.out()).isNotEqualTo(score("scale-libreoffice.csv", "--k-min", "3").out());
  }

  @Test
  void setOptionsReadTheDutchExcelFileAsDetectionDoes() {
    CliRun set = score("scale-excel.csv", "--separator", ";", "--encoding", "windows-1252");

    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo(score("scale-excel.csv").out());
  }

  @Test
  void aWrongSeparatorSaysWhatWasAssumedAndWhatTheHeaderHolds() {
    CliRun run = score("scale-excel.csv", "--separator", ",");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("cohesion score: ")
        .contains("column SC1: missing: item 'SC1' of scale social-cohesion-trust has no column")
        .contains(
            "file: read as comma-separated (separator set; the header is plain ASCII); the header"
                + " holds ';' (a Dutch Excel file?): --separator ';'");
  }

  @Test
  void aWrongEncodingSaysHowToSetTheRightOne() {
    CliRun run = score("scale-excel.csv", "--encoding", "utf-8");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "row 4: the file is not UTF-8 (save it as CSV UTF-8, or --encoding windows-1252)");
  }

  @Test
  void refusesASeparatorItCannotRead() {
    CliRun run = score("scale-excel.csv", "--separator", "|");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--separator must be ',', ';' or tab, got '|'");
  }

  @Test
  void importsADutchExcelWishMapFile() throws Exception {
    Path store = dir.resolve("store");

    CliRun run =
        run(
            "import",
            "--wish-map-file",
            fixture("wish-map.json"),
            "--data",
            fixture("wish-map-excel.csv"),
            "--data-dir",
            store.toString(),
            "--no-progress",
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"imported\":4");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(store))) {
      WishMapId id = new WishMapId("wijkwensen");
      var r01 = stores.wishMapResponses().export(new Pseudonym("r01")).get(id);
      assertThat(r01.networks()).containsExactlyInAnyOrder("buurtcafé", "school");
      assertThat(r01.wishes()).containsExactly("Een bankje bij de vijver; graag");
      assertThat(stores.wishMapResponses().export(new Pseudonym("r03")).get(id).importance())
          .containsEntry("care", 4.5);
      assertThat(stores.wishMapResponses().responses(id, "wijk", "theresia"))
          .extracting(r -> r.respondent().value())
          .containsExactlyInAnyOrder("r01", "r03");
    }
  }

  @Test
  void importsADutchExcelScaleFileIntoANewMeasurement() throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);

    CliRun run =
        run(
            "import",
            "--measurement",
            "nulmeting",
            "--scale-file",
            fixture("scale.json"),
            "--neighbourhood",
            "theresia",
            "--opened",
            "2026-03-02",
            "--data",
            fixture("scale-excel.csv"),
            "--data-dir",
            store.toString(),
            "--no-progress");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 6 responses into measurement nulmeting");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(store))) {
      assertThat(
              stores
                  .measurementResponses()
                  .export(new Pseudonym("h05"))
                  .get(new MeasurementId("nulmeting")))
          .satisfies(r -> assertThat(r.answers()).containsEntry("SC3", 4.5));
    }
  }
}
