package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.fixture;
import static io.cohesion.examples.cli.CliRun.run;
import static io.cohesion.examples.cli.ScoreCommandTest.assertSameFigures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohesion compare} on two small waves whose figures R computed (src/test/r/cli-reference.R:
 * {@code t.test} with Welch and paired, Hedges' g by its formula): wave1.csv has 10 scored
 * respondents, wave2.csv 11, and 8 respondents answered both.
 */
class CompareCommandTest {
  private static JsonNode reference;

  @BeforeAll
  static void readReference() throws IOException {
    try (InputStream in = CompareCommandTest.class.getResourceAsStream("reference.json")) {
      reference = new ObjectMapper().readTree(in).get("compare");
    }
  }

  @Test
  void printsTheFiguresOfRAsOneJsonDocument() {
    CliRun run =
        run(
            "compare",
            "--scale",
            fixture("trust-scale.json"),
            "--before",
            fixture("wave1.csv"),
            "--after",
            fixture("wave2.csv"),
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertSameFigures(json, reference, "compare");
    assertThat(json.get("independent")).hasSize(8);
    assertThat(json.get("paired")).hasSize(4);
  }

  @Test
  void withoutRespondentsThereAreNoPairs(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("before.csv");
    Path after = dir.resolve("after.csv");
    Files.writeString(before, "T1,T2,T3,T4\n1,2,3,4\n2,3,4,5\n4,4,2,1\n");
    Files.writeString(after, "T1,T2,T3,T4\n3,2,3,4\n2,5,4,5\n4,4,5,1\n");

    CliRun run =
        run(
            "compare",
            "--scale",
            fixture("trust-scale.json"),
            "--before",
            before.toString(),
            "--after",
            after.toString(),
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("paired").isNull()).isTrue();
    // Person scores (T4 reversed): before 1.5, 2.25, 3.75; after 2, 2.75, 4.5.
    assertThat(run.json().get("independent").get("difference").doubleValue())
        .isCloseTo((9.25 - 7.5) / 3, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void theTableNamesBothComparisons() {
    CliRun run =
        run(
            "compare",
            "--scale",
            fixture("trust-scale.json"),
            "--before",
            fixture("wave1.csv"),
            "--after",
            fixture("wave2.csv"));

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("independent samples")
        .contains("paired")
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "%.3f",
                reference.get("independent").get("hedgesG").doubleValue()))
        .contains(
            String.format(
                java.util.Locale.ROOT, "%.3f", reference.get("paired").get("dz").doubleValue()));
  }

  @Test
  void aBadCellInTheSecondWaveNamesThatFile(@TempDir Path dir) throws IOException {
    Path after = dir.resolve("after.csv");
    Files.writeString(after, "respondent,T1,T2,T3,T4\nh01,3,3,3,3\nh02,3,3,3,6\n");

    CliRun run =
        run(
            "compare",
            "--scale",
            fixture("trust-scale.json"),
            "--before",
            fixture("wave1.csv"),
            "--after",
            after.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "cohesion compare: "
                + after
                + ": row 3, column T4: must be within 1–5, got 6"
                + System.lineSeparator());
  }

  @Test
  void bothWavesAreRequired() {
    CliRun run = run("compare", "--scale", fixture("trust-scale.json"), "--before", "a.csv");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--after");
  }
}
