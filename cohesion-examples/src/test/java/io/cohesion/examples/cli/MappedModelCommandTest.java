package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.ScoreCommandTest.assertSameFigures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohesion model --mapping --wish-map-mapping}: the model of trust and taking part straight
 * from two existing surveys' exports (docs/survey-import.md#from-a-survey-to-the-model); and {@code
 * cohesion score --mapping} on the trust export.
 */
class MappedModelCommandTest {
  @TempDir Path dir;

  private final Path root = Docs.root();

  private String example(String name) {
    return root.resolve("examples").resolve(name).toString();
  }

  private String[] modelOn(String trustMapping, String trustExport, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "model",
                "--scale",
                example("social-cohesion.json"),
                "--data",
                trustExport,
                "--mapping",
                trustMapping,
                "--wish-map",
                example("wish-map.json"),
                "--wish-map-data",
                example("import/limesurvey-export.csv"),
                "--wish-map-mapping",
                example("import/limesurvey-mapping.json")));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private String[] model(String... more) {
    return modelOn(
        example("import/kobo-trust-mapping.json"), example("import/kobo-trust-export.csv"), more);
  }

  @Test
  void theModelOfTheTwoExportsEqualsTheReferenceOfR() throws Exception {
    JsonNode reference =
        new ObjectMapper()
            .readTree(root.resolve("examples/import/trust-model-reference.json").toFile());

    CliRun run = CliRun.run(model("--format", "json"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertSameFigures(run.json(), reference, "model");
    assertThat(run.json().get("n").asInt()).isEqualTo(146);
  }

  @Test
  void everyProblemOfAnExportIsListedWithItsRowAndColumnAndNoModelIsFitted() throws Exception {
    Path export =
        Files.writeString(
            dir.resolve("kobo.csv"),
            """
            group_intro/huishouden_nr;group_vertrouwen/helpen;group_vertrouwen/hecht;\
            group_vertrouwen/vertrouwen;group_vertrouwen/overweg;group_vertrouwen/waarden;opmerking
            1;eens;eens;eens;oneens;oneens;
            2;eens;misschien;eens;oneens;oneens;
            2;eens;eens;eens;oneens;6;
            """);

    CliRun run = CliRun.run(modelOn(example("import/kobo-trust-mapping.json"), export.toString()));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            export
                + ": row 1, column opmerking: neither mapped nor ignored: map it under columns"
                + " in "
                + example("import/kobo-trust-mapping.json")
                + ", or list it under ignore",
            export
                + ": row 3, column group_vertrouwen/hecht: unknown answer text 'misschien':"
                + " recode it under columns[2].answers in "
                + example("import/kobo-trust-mapping.json"),
            export
                + ": row 4, column group_vertrouwen/waarden: out of range: SC5 takes 1–5, got 6"
                + " (declare the export's range with range)",
            export + ": row 4, column group_intro/huishouden_nr: '2' already answered in row 3",
            export + ": 2 of 3 rows have problems",
            "cohesion model: the exports have problems; no model was fitted");
  }

  @Test
  void aMappingThatDoesNotFitTheScaleIsRefusedBeforeAnyExportIsRead() throws Exception {
    Path mapping =
        Files.writeString(
            dir.resolve("mapping.json"),
            """
            {"columns": [{"column": "nr", "to": "respondent"}, {"column": "q1", "to": "SC9"}]}
            """);

    CliRun run = CliRun.run(modelOn(mapping.toString(), dir.resolve("missing.csv").toString()));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "cohesion model: "
                + mapping
                + ": columns[1].to: 'SC9' is not an item of scale"
                + " social-cohesion-trust");
  }

  @Test
  void withoutTheWishMapMappingTheLimeSurveyExportIsNotTheDocumentedLayout() {
    List<String> args = new ArrayList<>(List.of(model()));
    int at = args.indexOf("--wish-map-mapping");
    args.remove(at + 1);
    args.remove(at);

    CliRun run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("cohesion model: ").contains("limesurvey-export.csv");
  }

  @Test
  void scoreReadsTheTrustExportAsTheSameAnswersInTheDocumentedLayout() throws Exception {
    // The export recoded by hand: the household number, then the five answers as numbers.
    List<String> agree = List.of("helemaal_oneens", "oneens", "neutraal", "eens", "helemaal_eens");
    List<String> lines = Files.readAllLines(root.resolve("examples/import/kobo-trust-export.csv"));
    StringBuilder documented = new StringBuilder("respondent,SC1,SC2,SC3,SC4,SC5\n");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(";", -1);
      documented.append(cells[3]);
      for (int c = 4; c < 9; c++) {
        int answer = agree.indexOf(cells[c]);
        documented.append(',').append(answer < 0 ? "" : String.valueOf(answer + 1));
      }
      documented.append('\n');
    }
    Path plain = Files.writeString(dir.resolve("trust.csv"), documented);

    CliRun mapped =
        CliRun.run(
            "score",
            "--scale",
            example("social-cohesion.json"),
            "--data",
            example("import/kobo-trust-export.csv"),
            "--mapping",
            example("import/kobo-trust-mapping.json"),
            "--format",
            "json");
    CliRun expected =
        CliRun.run(
            "score",
            "--scale",
            example("social-cohesion.json"),
            "--data",
            plain.toString(),
            "--format",
            "json");

    assertThat(mapped.exit()).as(mapped.err()).isZero();
    assertThat(expected.exit()).as(expected.err()).isZero();
    assertThat(mapped.json().get("n").asInt()).isEqualTo(lines.size() - 1);
    assertThat(mapped.json()).isEqualTo(expected.json());
  }

  @Test
  void scoreListsEveryProblemOfTheExportAndScoresNothing() throws Exception {
    Path export =
        Files.writeString(
            dir.resolve("kobo.csv"),
            """
            group_intro/huishouden_nr;group_vertrouwen/helpen;group_vertrouwen/hecht;\
            group_vertrouwen/vertrouwen;group_vertrouwen/overweg;group_vertrouwen/waarden
            1;eens;eens;eens;oneens;oneens
            2;eens;misschien;eens;oneens;oneens
            """);

    CliRun run =
        CliRun.run(
            "score",
            "--scale",
            example("social-cohesion.json"),
            "--data",
            export.toString(),
            "--mapping",
            example("import/kobo-trust-mapping.json"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            export
                + ": row 3, column group_vertrouwen/hecht: unknown answer text 'misschien':"
                + " recode it under columns[2].answers in "
                + example("import/kobo-trust-mapping.json"),
            export + ": 1 of 2 rows have problems",
            "cohesion score: the export has problems; nothing was scored");
  }

  @Test
  void scoreRefusesGroupByWithAMapping() {
    CliRun run =
        CliRun.run(
            "score",
            "--scale",
            example("social-cohesion.json"),
            "--data",
            example("import/kobo-trust-export.csv"),
            "--mapping",
            example("import/kobo-trust-mapping.json"),
            "--group-by",
            "street");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("cohesion score: --group-by does not go with --mapping");
  }
}
