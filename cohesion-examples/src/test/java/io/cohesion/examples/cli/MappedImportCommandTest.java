package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * {@code --mapping}: an existing survey's export through a mapping file (docs/survey-import.md).
 */
class MappedImportCommandTest {
  @TempDir Path dir;

  private final Path root = Docs.root();

  private String example(String name) {
    return root.resolve("examples/import").resolve(name).toString();
  }

  @Test
  void theRedThreadOfTheDorpsspiegelEqualsTheReferenceOfR() throws Exception {
    CliRun run =
        CliRun.run(
            "red-thread",
            "--wish-map",
            example("dorpsspiegel-wish-map.json"),
            "--mapping",
            example("dorpsspiegel-mapping.json"),
            "--data",
            example("dorpsspiegel.csv"),
            "--bootstrap",
            "0",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode thread = run.json();
    JsonNode reference =
        new ObjectMapper()
            .readTree(root.resolve("examples/import/dorpsspiegel-reference.json").toFile());

    assertThat(thread.get("urgencyBasis").asText()).isEqualTo("dissatisfaction");
    assertThat(thread.get("urgencyNote").asText()).contains("dissatisfaction alone");
    assertThat(thread.get("n").asInt()).isEqualTo(reference.get("n").asInt());
    assertThat(thread.get("kendallW").asDouble())
        .isCloseTo(reference.get("kendallW").asDouble(), within(1e-9));
    assertThat(reference.get("values")).hasSize(6);
    for (JsonNode expected : reference.get("values")) {
      JsonNode value = null;
      for (JsonNode v : thread.get("values")) {
        if (v.get("code").asText().equals(expected.get("code").asText())) {
          value = v;
        }
      }
      assertThat(value).as(expected.get("code").asText()).isNotNull();
      assertThat(value.get("n").asInt()).isEqualTo(expected.get("n").asInt());
      assertThat(value.get("importanceMean").isNull()).isTrue();
      assertThat(value.get("satisfactionMean").asDouble())
          .isCloseTo(expected.get("satisfactionMean").asDouble(), within(1e-9));
      assertThat(value.get("urgency").asDouble())
          .isCloseTo(expected.get("urgency").asDouble(), within(1e-9));
    }
  }

  @Test
  void aDraftMappingIsRefusedWithEveryProblemAndNothingIsStored() {
    Path data = dir.resolve("store");
    CliRun run =
        CliRun.run(
            "import",
            "--wish-map-file",
            root.resolve("examples/wish-map.json").toString(),
            "--mapping",
            example("limesurvey-mapping-draft.json"),
            "--data",
            example("limesurvey-export.csv"),
            "--data-dir",
            data.toString(),
            "--no-progress",
            "--format",
            "json");

    assertThat(run.exit()).isEqualTo(2);
    JsonNode answer = run.json();
    assertThat(answer.get("rows").asLong()).isEqualTo(180);
    assertThat(answer.get("imported").asLong()).isZero();
    List<String> where = new ArrayList<>();
    for (JsonNode rejected : answer.get("rejected")) {
      where.add(rejected.get("row").asLong() + " " + rejected.get("column").asText());
    }
    // The forgotten column, and every row with a text the draft does not recode: not the first.
    assertThat(where).first().isEqualTo("1 startlanguage");
    assertThat(where).filteredOn(w -> w.endsWith(" G06Q01")).hasSize(8);
    assertThat(where).filteredOn(w -> w.endsWith(" G01Q01")).hasSize(5);
    assertThat(answer.get("rejected").get(1).get("reason").asText())
        .isEqualTo(
            "unknown answer text 'Zeg ik liever niet': recode it under columns[1].answers in "
                + example("limesurvey-mapping-draft.json"));
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("village-wish-map"))).isZero();
    }
  }

  @Test
  void aMappingThatDoesNotFitTheWishMapIsRefusedBeforeTheExportIsRead() throws Exception {
    Path mapping =
        Files.writeString(
            dir.resolve("mapping.json"),
            """
            {"columns": [
               {"column": "Rapportcijfer Winkel en voorzieningen", "to": "imp.shop"},
               {"column": "Rapportcijfer Veiligheid", "to": "sat.safe"}]}
            """);
    CliRun run =
        CliRun.run(
            "red-thread",
            "--wish-map",
            example("dorpsspiegel-wish-map.json"),
            "--mapping",
            mapping.toString(),
            "--data",
            example("dorpsspiegel.csv"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("cohesion red-thread: " + mapping + ": columns[0].to: 'imp.shop': wish map")
        .contains("asks no importance")
        .contains("columns[1].to: 'sat.safe': unknown value code 'safe'")
        .contains("columns: value 'shop' needs a column mapped to sat.shop")
        .contains("columns: segment column 'household' of wish map dorpsspiegel-2023 needs a");
  }

  @Test
  void importsAKoboExportIntoAMeasurement() throws Exception {
    Path export =
        Files.writeString(
            dir.resolve("kobo.csv"),
            """
            start;group_vertrouwen/sc1;group_vertrouwen/sc2;group_vertrouwen/sc3;group_vertrouwen/sc4;group_vertrouwen/sc5;_uuid;_index
            2024-09-01;eens;zeer_eens;neutraal;oneens;weet_niet;9d2c-1;1
            2024-09-01;oneens;neutraal;eens;eens;oneens;9d2c-2;2
            """);
    Path mapping =
        Files.writeString(
            dir.resolve("mapping.json"),
            """
            {"columns": [
               {"column": "_uuid", "to": "respondent"},
               {"column": "group_vertrouwen/sc1", "to": "SC1", "answers": "agree"},
               {"column": "group_vertrouwen/sc2", "to": "SC2", "answers": "agree"},
               {"column": "group_vertrouwen/sc3", "to": "SC3", "answers": "agree"},
               {"column": "group_vertrouwen/sc4", "to": "SC4", "answers": "agree"},
               {"column": "group_vertrouwen/sc5", "to": "SC5", "answers": "agree"}],
             "answers": {"agree": {"zeer_oneens": 1, "oneens": 2, "neutraal": 3, "eens": 4,
                                   "zeer_eens": 5, "weet_niet": null}},
             "ignore": ["start", "_index"]}
            """);
    Path data = dir.resolve("store");
    CliRun run =
        CliRun.run(
            "import",
            "--measurement",
            "trust-2024",
            "--scale-file",
            root.resolve("examples/social-cohesion.json").toString(),
            "--neighbourhood",
            "nij-beets",
            "--opened",
            "2024-09-01",
            "--mapping",
            mapping.toString(),
            "--data",
            export.toString(),
            "--data-dir",
            data.toString(),
            "--no-progress");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("imported 2 responses into measurement trust-2024");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.measurementResponses().count(new MeasurementId("trust-2024"))).isEqualTo(2);
    }
  }

  @Test
  void groupByDoesNotGoWithAMapping() {
    CliRun run =
        CliRun.run(
            "import",
            "--measurement",
            "m",
            "--scale-file",
            root.resolve("examples/social-cohesion.json").toString(),
            "--neighbourhood",
            "n",
            "--mapping",
            example("kobo-mapping.json"),
            "--group-by",
            "street",
            "--data",
            example("kobo-export.csv"),
            "--data-dir",
            dir.resolve("store").toString(),
            "--no-progress");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--group-by and --mapping");
  }
}
