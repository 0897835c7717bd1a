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
 * {@code cohesion model} on the example files of docs/cli.md, whose figures R's {@code glm}
 * computed (cohesion-core/src/test/r/participation.R), and its refusals.
 */
class ModelCommandTest {
  private static JsonNode reference;

  @BeforeAll
  static void readReference() throws IOException {
    try (InputStream in = ModelCommandTest.class.getResourceAsStream("model-reference.json")) {
      reference = new ObjectMapper().readTree(in).get("model");
    }
  }

  private static String example(String name) {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.exists(module.resolve("examples")) ? module : module.getParent();
    return root.resolve("examples").resolve(name).toString();
  }

  private static String[] model(String... more) {
    String[] base = {
      "model",
      "--scale",
      example("social-cohesion.json"),
      "--data",
      example("cohesion-before.csv"),
      "--wish-map",
      example("wish-map.json"),
      "--wish-map-data",
      example("wish-map-willingness.csv")
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void printsTheFiguresOfRAsOneJsonDocument() {
    CliRun run = run(model("--format", "json"));

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertSameFigures(json, reference, "model");
    assertThat(json.get("terms")).hasSize(2);
    assertThat(json.get("terms").get(1)).hasSize(7);
  }

  @Test
  void theTableNamesTheTermsAndTheDeviance() {
    CliRun run = run(model());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("46 linked persons, 18 of them willing (willingness 4 or more)")
        .contains("(Intercept)")
        .contains("trust")
        .contains("Deviance");
  }

  @Test
  void aFactorWithTooFewPersonsPerTermIsRefused() {
    CliRun run = run(model("--factor", "household"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("needs at least 10 linked persons per term (50), got 46");
  }

  @Test
  void aCutOutsideTwoToFiveIsABadOption() {
    CliRun run = run(model("--cut", "1"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--cut must be 2 to 5, got 1");
  }

  @Test
  void separatedDataAreRefused(@TempDir Path dir) throws IOException {
    // willing exactly when trust is high: the estimate runs off to infinity
    StringBuilder answers = new StringBuilder("respondent,T1,T2,T3,T4\n");
    StringBuilder wishes =
        new StringBuilder(
            "respondent,household,imp.contact,imp.safety,imp.green,sat.contact,sat.safety,"
                + "sat.green,willingness\n");
    for (int i = 0; i < 30; i++) {
      int a = 1 + i % 5;
      answers.append("p").append(i).append(',').append(a).append(',').append(a);
      answers.append(",3,").append(a).append('\n');
      wishes.append("p").append(i).append(",single,3,3,3,3,3,3,");
      wishes.append(a >= 4 ? 5 : 2).append('\n');
    }
    Path data = Files.writeString(dir.resolve("trust.csv"), answers.toString());
    Path wishData = Files.writeString(dir.resolve("wishes.csv"), wishes.toString());

    CliRun run =
        run(
            "model",
            "--scale",
            fixture("trust-scale.json"),
            "--data",
            data.toString(),
            "--wish-map",
            fixture("village-wish-map.json"),
            "--wish-map-data",
            wishData.toString());

    assertThat(run.exit()).as(run.out()).isEqualTo(2);
    assertThat(run.err()).contains("separation");
  }
}
