package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.fixture;
import static io.cohesion.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohesion score} on a small file whose figures R computed (src/test/r/cli-reference.R,
 * psych and multilevel): trust.csv has 20 rows, 18 complete, 19 with a person score, in four
 * streets of 6, 7, 5 and 2 rows.
 */
class ScoreCommandTest {
  private static final double TOLERANCE = 1e-9;
  private static JsonNode reference;

  @BeforeAll
  static void readReference() throws IOException {
    try (InputStream in = ScoreCommandTest.class.getResourceAsStream("reference.json")) {
      reference = new ObjectMapper().readTree(in).get("score");
    }
  }

  private static CliRun score(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "score", "--scale", fixture("trust-scale.json"), "--data", fixture("trust.csv")));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void printsTheFiguresOfRAsOneJsonDocument() {
    CliRun run = score("--group-by", "street", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(fieldNames(json))
        .containsExactly(
            "n",
            "nComplete",
            "reliability",
            "reliabilityNote",
            "score",
            "groupReliability",
            "groups");
    assertThat(json.get("reliabilityNote").isNull()).isTrue();
    assertSameFigures(json.get("n"), reference.get("n"), "n");
    assertSameFigures(json.get("nComplete"), reference.get("nComplete"), "nComplete");
    assertSameFigures(json.get("reliability"), reference.get("reliability"), "reliability");
    assertSameFigures(json.get("score"), reference.get("score"), "score");
    assertSameFigures(
        json.get("groupReliability"), reference.get("groupReliability"), "groupReliability");
  }

  @Test
  void publishesOnlyGroupsTheSmallGroupRuleAllows() {
    JsonNode groups = score("--group-by", "street", "--format", "json").json().get("groups");

    // Kerkpad (2 rows) is too small; hiding it alone would let the total reveal it, so the next
    // smallest, Dorpsstraat (5), is hidden as well.
    assertThat(groups).hasSize(4);
    for (int g = 0; g < 2; g++) {
      JsonNode expected = reference.get("groups").get(g);
      assertThat(groups.get(g).get("suppressed").booleanValue()).isFalse();
      assertThat(groups.get(g).get("group").textValue())
          .isEqualTo(expected.get("group").textValue());
      for (String key : List.of("n", "mean", "sd", "ci95")) {
        assertSameFigures(groups.get(g).get(key), expected.get(key), "groups[" + g + "]." + key);
      }
    }
    assertThat(groups.get(2).toString())
        .isEqualTo("{\"group\":\"Dorpsstraat\",\"suppressed\":true}");
    assertThat(groups.get(3).toString()).isEqualTo("{\"group\":\"Kerkpad\",\"suppressed\":true}");
  }

  @Test
  void aKMinOfOnePublishesEveryGroupWithNullForWhatOnePersonCannotHave() {
    JsonNode groups =
        score("--group-by", "street", "--k-min", "1", "--format", "json").json().get("groups");

    assertThat(groups).extracting(g -> g.get("suppressed").booleanValue()).containsOnly(false);
    // Kerkpad has two rows, but only one answered enough items (minAnswered 2) to be scored.
    JsonNode kerkpad = groups.get(3);
    assertThat(kerkpad.get("group").textValue()).isEqualTo("Kerkpad");
    assertThat(kerkpad.get("n").intValue()).isEqualTo(1);
    assertThat(kerkpad.get("mean").doubleValue()).isEqualTo((4 + 5 + 4 + (6 - 1)) / 4.0);
    assertThat(kerkpad.get("sd").isNull()).isTrue();
    assertThat(kerkpad.get("ci95").isNull()).isTrue();
  }

  @Test
  void withoutGroupByTheGroupPartsAreNull() {
    JsonNode json = score("--format", "json").json();

    assertThat(json.get("groupReliability").isNull()).isTrue();
    assertThat(json.get("groups").isNull()).isTrue();
    assertSameFigures(json.get("score"), reference.get("score"), "score");
  }

  @Test
  void theTableShowsTheSameFiguresRounded() {
    CliRun run = score("--group-by", "street");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("20 rows, 18 answered every item, 19 have a score")
        .contains(threeDecimals(reference.get("reliability").get("alpha")))
        .contains(threeDecimals(reference.get("score").get("mean")))
        .contains(threeDecimals(reference.get("groupReliability").get("icc1")))
        .containsPattern("Dorpsstraat\\s+suppressed")
        .containsPattern("Kerkpad\\s+suppressed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBadCellStopsWithItsRowAndColumnAndExitCode2(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "T1,T2,T3,T4\n1,2,3,4\n2,3,4,5\n4,x,2,1\n");

    CliRun run = run("score", "--scale", fixture("trust-scale.json"), "--data", csv.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("cohesion score: " + csv + ": row 4, column T2: not a number: 'x'" + nl());
  }

  @Test
  void aRespondentWhoAppearsTwiceIsBadInputNamedByRow(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("twice.csv");
    Files.writeString(csv, "respondent,T1,T2,T3,T4\np1,1,2,3,4\np2,2,3,4,5\np1,4,4,2,1\n");

    CliRun run = run("score", "--scale", fixture("trust-scale.json"), "--data", csv.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "cohesion score: " + csv + ": row 4: respondent 'p1' appears more than once" + nl());
  }

  @Test
  void aDecimalCommaIsExplained(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("comma.csv");
    Files.writeString(csv, "T1,T2,T3,T4\n\"3,5\",2,3,4\n");

    CliRun run = run("score", "--scale", fixture("trust-scale.json"), "--data", csv.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("row 2, column T1").contains("write decimals with a point");
  }

  @Test
  void aMissingGroupColumnIsBadInput() {
    CliRun run = score("--group-by", "neighbourhood");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("column neighbourhood: missing").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aBrokenScaleFileIsNamedWithItsField(@TempDir Path dir) throws IOException {
    Path scale = dir.resolve("scale.json");
    Files.writeString(
        scale,
        "{\"id\": \"s\", \"response\": {\"min\": 1, \"max\": 5},"
            + " \"items\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"text\": \"c\"}]}");

    CliRun run = run("score", "--scale", scale.toString(), "--data", fixture("trust.csv"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("cohesion score: " + scale + ": items[2].id: missing" + nl());
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun run = run("score", "--scale", "no-such-scale.json", "--data", fixture("trust.csv"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("cohesion score: no-such-scale.json: no such file" + nl());
  }

  @Test
  void badOptionsAreBadInput() {
    assertThat(run("score", "--data", fixture("trust.csv")).exit()).isEqualTo(2);
    CliRun kMin = score("--k-min", "0");
    assertThat(kMin.exit()).isEqualTo(2);
    assertThat(kMin.err()).startsWith("cohesion score: --k-min must be 1 or more, got 0");
    assertThat(score("--format", "xml").exit()).isEqualTo(2);
  }

  @Test
  void helpExplainsTheFormatAndTheRowNumbers() {
    CliRun run = run("score", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("--scale=FILE")
        .contains("--group-by=COLUMN")
        .contains("--k-min=N")
        .contains("--format=FORMAT")
        .contains("the header is row 1");
  }

  @Test
  void progressOfALongFileGoesToStderrOnly(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("long.csv");
    int rows = 250_001;
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("T1,T2,T3,T4\n");
      for (int i = 0; i < rows; i++) {
        out.write((i % 5 + 1) + "," + ((i + 1) % 5 + 1) + ",3," + (5 - i % 5) + "\n");
      }
    }

    CliRun run =
        run(
            "score",
            "--scale",
            fixture("trust-scale.json"),
            "--data",
            csv.toString(),
            "--format",
            "json");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("n").intValue()).isEqualTo(rows);
    assertThat(run.err()).isEqualTo("score: 250,000 rows read" + nl());
  }

  private static String nl() {
    return System.lineSeparator();
  }

  private static String threeDecimals(JsonNode number) {
    return String.format(java.util.Locale.ROOT, "%.3f", number.doubleValue());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Same keys, same texts, numbers within {@link #TOLERANCE}, recursively. */
  static void assertSameFigures(JsonNode actual, JsonNode expected, String path) {
    assertThat(actual).as(path + " is missing").isNotNull();
    if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path + " is a number: " + actual).isTrue();
      assertThat(actual.doubleValue())
          .as(path)
          .isCloseTo(expected.doubleValue(), within(TOLERANCE));
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameFigures(actual.get(i), expected.get(i), path + "[" + i + "]");
      }
    } else if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        assertSameFigures(
            actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
      }
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }
}
