package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.cohesion.core.Text;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.rest.mapping.ScaleFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path wishMapFile() throws Exception {
    return Files.writeString(
        dir.resolve("wish-map.json"),
        """
        {"id": "nij-beets", "values": [{"code": "contact"}, {"code": "greenery"}, {"code": "youth"}],
         "importanceScale": {"min": 1, "max": 5}, "topChoices": 2,
         "segments": [{"column": "household", "values": [{"code": "young_parents"},
                       {"code": "elderly"}, {"code": "a"}, {"code": "b"}]}]}
        """);
  }

  @Test
  void importsAWishMapCsvIntoSqliteAndDefinesTheMapFirst() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("responses.csv"),
            """
            respondent,imp.contact,imp.greenery,imp.youth,top1,top2,household,networks,willingness
            h1,5,3,4,contact,youth,young_parents,play-week;football,4
            h2,4,,2,greenery,,elderly,,
            h3,3,5,5,youth,contact,young_parents,play-week,5
            """);
    Path data = dir.resolve("store");

    int exit =
        run(
            "import",
            "--wish-map-file",
            wishMapFile().toString(),
            "--data",
            csv.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress",
            "--format",
            "json");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"imported\":3").contains("\"wishMap\":\"nij-beets\"");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      WishMapId id = new WishMapId("nij-beets");
      assertThat(stores.wishMapResponses().count(id)).isEqualTo(3);
      assertThat(stores.wishMapResponses().responses(id, "household", "young_parents"))
          .extracting(r -> r.respondent().value())
          .containsExactly("h1", "h3");
      assertThat(stores.wishMapResponses().export(new Pseudonym("h2")).get(id).importance())
          .containsOnlyKeys("contact", "youth");
    }
  }

  @Test
  void rejectsTheWholeFileListingEveryRepeatedRespondent() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("responses.csv"),
            """
            respondent,imp.contact,imp.greenery,imp.youth,household
            h1,5,3,4,a
            h2,4,4,2,b
            h1,3,5,5,a
            h2,1,1,1,b
            """);
    Path data = dir.resolve("store");

    int exit =
        run(
            "import",
            "--wish-map-file",
            wishMapFile().toString(),
            "--data",
            csv.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("row 4, column respondent: 'h1' already answered in row 2")
        .contains("row 5, column respondent: 'h2' already answered in row 3")
        .contains("nothing was imported");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("nij-beets"))).isZero();
    }
  }

  private Path manyRows(int rows, int repeatAt) throws Exception {
    StringBuilder csv =
        new StringBuilder("respondent,imp.contact,imp.greenery,imp.youth,household\n");
    for (int i = 0; i < rows; i++) {
      String respondent = i == repeatAt ? "h0" : "h" + i;
      csv.append(respondent).append(",").append(1 + i % 5).append(",3,4,");
      csv.append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    return Files.writeString(dir.resolve("many.csv"), csv);
  }

  @Test
  void streamsAFileOfManyBatchesIntoOneTransaction() throws Exception {
    Path data = dir.resolve("store");

    int exit =
        run(
            "import",
            "--wish-map-file",
            wishMapFile().toString(),
            "--data",
            manyRows(7_001, -1).toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).as(err.toString()).isZero();
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      WishMapId id = new WishMapId("nij-beets");
      assertThat(stores.wishMapResponses().count(id)).isEqualTo(7_001);
      assertThat(stores.wishMapResponses().responses(id, "household", "b")).hasSize(3_500);
      assertThat(stores.wishMapResponses().responses(id).get(7_000).respondent().value())
          .isEqualTo("h7000");
    }
  }

  @Test
  void aRejectedRowAfterSeveralWrittenBatchesLeavesNothingImported() throws Exception {
    Path data = dir.resolve("store");

    int exit =
        run(
            "import",
            "--wish-map-file",
            wishMapFile().toString(),
            "--data",
            manyRows(7_001, 6_500).toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("row 6502, column respondent: 'h0' already answered in row 2")
        .contains("1 of 7001 rows rejected; nothing was imported");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("nij-beets"))).isZero();
    }
  }

  @Test
  void explainsHowToAddAMissingWishMap() throws Exception {
    Path csv = Files.writeString(dir.resolve("r.csv"), "respondent,imp.a\nx,1\n");

    int exit =
        run(
            "import",
            "--wish-map",
            "unknown",
            "--data",
            csv.toString(),
            "--data-dir",
            dir.resolve("store").toString(),
            "--no-progress");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("wish map unknown is not in the store")
        .contains("--wish-map-file");
  }

  @Test
  void importsAMeasurementCreatingItFromAScaleFile() throws Exception {
    Path scale =
        Files.writeString(
            dir.resolve("scale.json"),
            """
            {"id": "cohesion", "response": {"min": 1, "max": 5},
             "items": [{"id": "SC1"}, {"id": "SC2"}, {"id": "SC3", "reverse": true}]}
            """);
    Path csv =
        Files.writeString(
            dir.resolve("before.csv"),
            "respondent,SC1,SC2,SC3,street\nh1,4,5,2,Dorpsstraat\nh2,3,,1,Kerkweg\n");
    Path data = dir.resolve("store");

    int exit =
        run(
            "import",
            "--measurement",
            "nb-before",
            "--scale-file",
            scale.toString(),
            "--neighbourhood",
            "nij-beets",
            "--wave",
            "before",
            "--opened",
            "2024-05-01",
            "--group-by",
            "street",
            "--data",
            csv.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("imported 2 responses into measurement nb-before");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      MeasurementId id = new MeasurementId("nb-before");
      assertThat(stores.measurements().find(id).orElseThrow().value().wave()).isEqualTo("before");
      assertThat(stores.measurementResponses().responses(id, "street", "Kerkweg"))
          .singleElement()
          .satisfies(r -> assertThat(r.answers()).containsOnlyKeys("SC1", "SC3"));
    }
  }

  private int importWishMap(Path csv, Path data) throws Exception {
    return run(
        "import",
        "--wish-map-file",
        wishMapFile().toString(),
        "--data",
        csv.toString(),
        "--data-dir",
        data.toString(),
        "--no-progress");
  }

  /** Forgets what the runs so far printed. */
  private void clearOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  private static void closeWave(Path data, WaveId wave) {
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      ReleaseWaves releases = Cohesion.using(stores, Clock.systemUTC()).releases();
      releases.close(wave, releases.status(wave).version());
    }
  }

  @Test
  void listsEveryRespondentWhoAnsweredTheWaveAlreadyAndImportsNothing() throws Exception {
    Path data = dir.resolve("store");
    Path first =
        Files.writeString(
            dir.resolve("first.csv"),
            "respondent,imp.contact,imp.greenery,imp.youth,household\nh1,5,3,4,a\nh2,4,4,2,b\n");
    Path second =
        Files.writeString(
            dir.resolve("second.csv"),
            """
            respondent,imp.contact,imp.greenery,imp.youth,household
            h2,1,1,1,b
            h3,2,2,2,a
            h1,3,3,3,a
            """);
    assertThat(importWishMap(first, data)).as(err.toString()).isZero();
    clearOutput();

    int exit = importWishMap(second, data);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("row 2, column respondent: 'h2' already answered this wave in the store")
        .contains("row 4, column respondent: 'h1' already answered this wave in the store")
        .contains("2 of 3 rows rejected; nothing was imported");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("nij-beets"))).isEqualTo(2);
    }
  }

  @Test
  void refusesAClosedWishMapWaveAndImportsNothing() throws Exception {
    Path data = dir.resolve("store");
    Path first =
        Files.writeString(
            dir.resolve("first.csv"),
            "respondent,imp.contact,imp.greenery,imp.youth,household\nh1,5,3,4,a\n");
    Path late =
        Files.writeString(
            dir.resolve("late.csv"),
            "respondent,imp.contact,imp.greenery,imp.youth,household\nh2,4,4,2,b\n");
    assertThat(importWishMap(first, data)).as(err.toString()).isZero();
    closeWave(data, WaveId.wishMap("nij-beets"));
    clearOutput();

    int exit = importWishMap(late, data);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("cohesion import: wish map nij-beets is closed: its figures are those of its")
        .doesNotContain("\ncohesion import:");
    assertThat(out.toString()).isEmpty();
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("nij-beets"))).isEqualTo(1);
    }
  }

  private Path scaleFile() throws Exception {
    return Files.writeString(
        dir.resolve("scale.json"),
        """
        {"id": "cohesion", "response": {"min": 1, "max": 5},
         "items": [{"id": "SC1"}, {"id": "SC2"}, {"id": "SC3", "reverse": true}]}
        """);
  }

  private int importMeasurement(Path csv, Path data) throws Exception {
    return run(
        "import",
        "--measurement",
        "nb-before",
        "--scale-file",
        scaleFile().toString(),
        "--neighbourhood",
        "nij-beets",
        "--data",
        csv.toString(),
        "--data-dir",
        data.toString(),
        "--no-progress");
  }

  @Test
  void aNewMeasurementRegistersItsNeighbourhoodUnderItsId() throws Exception {
    Path data = dir.resolve("store");
    Path csv = Files.writeString(dir.resolve("before.csv"), "respondent,SC1,SC2,SC3\nh1,4,5,2\n");

    assertThat(importMeasurement(csv, data)).as(err.toString()).isZero();

    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      NeighbourhoodId id = new NeighbourhoodId("nij-beets");
      assertThat(stores.neighbourhoods().find(id).orElseThrow().value())
          .isEqualTo(Neighbourhood.of(id, "nij-beets", "unknown"));
      assertThat(stores.measurements().find(new MeasurementId("nb-before")).orElseThrow().value())
          .extracting(m -> m.neighbourhood(), m -> m.wave())
          .containsExactly(id, "nb-before");
    }
  }

  @Test
  void aNewMeasurementLeavesARegisteredNeighbourhoodAsItIs() throws Exception {
    Path data = dir.resolve("store");
    Neighbourhood beets =
        Neighbourhood.of(new NeighbourhoodId("nij-beets"), "Nij Beets", "Opsterland");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      Cohesion.using(stores, Clock.systemUTC()).neighbourhoods().register(beets);
    }
    Path csv = Files.writeString(dir.resolve("before.csv"), "respondent,SC1,SC2,SC3\nh1,4,5,2\n");

    assertThat(importMeasurement(csv, data)).as(err.toString()).isZero();

    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.neighbourhoods().find(beets.id()).orElseThrow().value()).isEqualTo(beets);
      assertThat(stores.measurementResponses().count(new MeasurementId("nb-before"))).isEqualTo(1);
    }
  }

  @Test
  void refusesAClosedMeasurementWaveAndImportsNothing() throws Exception {
    Path data = dir.resolve("store");
    Path first = Files.writeString(dir.resolve("first.csv"), "respondent,SC1,SC2,SC3\nh1,4,5,2\n");
    Path late = Files.writeString(dir.resolve("late.csv"), "respondent,SC1,SC2,SC3\nh2,3,3,3\n");
    assertThat(importMeasurement(first, data)).as(err.toString()).isZero();
    closeWave(data, WaveId.measurement("nb-before"));
    clearOutput();

    int exit = importMeasurement(late, data);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "cohesion import: measurement nb-before is closed: its figures are those of its");
    assertThat(out.toString()).isEmpty();
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.measurementResponses().count(new MeasurementId("nb-before"))).isEqualTo(1);
    }
  }

  @Test
  void namesTheColumnOfEveryFieldAResponseCheckNames() {
    assertThat(ImportCommand.column("importance.contact")).isEqualTo("imp.contact");
    assertThat(ImportCommand.column("satisfaction.contact")).isEqualTo("sat.contact");
    assertThat(ImportCommand.column("segments.household")).isEqualTo("household");
    assertThat(ImportCommand.column("answers.SC1")).isEqualTo("SC1");
    assertThat(ImportCommand.column("attributes.street")).isEqualTo("street");
    assertThat(ImportCommand.column("topChoices[1]")).isEqualTo("top2");
    assertThat(ImportCommand.column("willingness")).isEqualTo("willingness");
  }

  @Test
  void listsEveryRowWhoseGroupIsNotADeclaredValueOfTheMeasurement() throws Exception {
    Path data = storeWithAStreetDeclared();
    Path csv =
        Files.writeString(
            dir.resolve("before.csv"),
            """
            respondent,SC1,SC2,SC3,street
            h1,4,5,2,Dorpsstraat
            h2,3,3,3,Jan de Vries 7
            h3,3,3,3,Kerkweg
            h4,2,2,2,Molenweg
            """);

    int exit =
        run(
            "import",
            "--measurement",
            "nb-before",
            "--group-by",
            "street",
            "--data",
            csv.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("row 3, column street: not a declared value of street")
        .contains("row 5, column street: not a declared value of street")
        .doesNotContain("Jan de Vries")
        .contains("2 of 4 rows rejected; nothing was imported");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.measurementResponses().count(new MeasurementId("nb-before"))).isZero();
    }
  }

  /** A store with measurement nb-before, whose responses may name a declared street. */
  private Path storeWithAStreetDeclared() throws Exception {
    Path data = dir.resolve("store");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
      NeighbourhoodId beets = new NeighbourhoodId("nij-beets");
      cohesion.neighbourhoods().register(Neighbourhood.of(beets, "Nij Beets", "Opsterland"));
      Scale scale = cohesion.scales().define(ScaleFile.read(scaleFile())).value();
      cohesion
          .measurements()
          .define(
              new Measurement(
                  new MeasurementId("nb-before"),
                  scale.id(),
                  beets,
                  "before",
                  LocalDate.of(2024, 5, 1),
                  List.of(
                      new SegmentColumn(
                          "street",
                          Text.of("Street"),
                          List.of(Value.of("Dorpsstraat"), Value.of("Kerkweg"))))));
    }
    return data;
  }

  @Test
  void keepsTheColumnsTheMeasurementDeclaresWithoutGroupBy() throws Exception {
    Path data = storeWithAStreetDeclared();
    Path csv =
        Files.writeString(
            dir.resolve("before.csv"),
            """
            respondent,SC1,SC2,SC3,street,note
            h1,4,5,2,Dorpsstraat,read
            h2,3,3,3,,
            h3,3,3,3,Kerkweg,not kept
            """);

    int exit =
        run(
            "import",
            "--measurement",
            "nb-before",
            "--data",
            csv.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(exit).as(err.toString()).isZero();
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      MeasurementId id = new MeasurementId("nb-before");
      assertThat(stores.measurementResponses().responses(id, "street", "Kerkweg"))
          .singleElement()
          .satisfies(r -> assertThat(r.attributes()).containsExactly(entry("street", "Kerkweg")));
      assertThat(stores.measurementResponses().responses(id, "street", "Dorpsstraat")).hasSize(1);
      assertThat(stores.measurementResponses().count(id)).isEqualTo(3);
    }
  }
}
