package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.fixture;
import static io.cohesion.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohesion red-thread} on village.csv: 12 respondents, three values, two top choices, a
 * household segment of 6 young, 4 older and 2 single respondents. The expected figures are worked
 * out by hand in the comments.
 */
class RedThreadCommandTest {

  private static CliRun redThread(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "red-thread",
                "--wish-map",
                fixture("village-wish-map.json"),
                "--data",
                fixture("village.csv")));
    args.addAll(List.of(more));
    if (!args.contains("--bootstrap")) {
      args.addAll(List.of("--bootstrap", "200")); // enough for these tests, and quick
    }
    return run(args.toArray(String[]::new));
  }

  private static JsonNode value(JsonNode values, String code) {
    for (JsonNode value : values) {
      if (value.get("code").textValue().equals(code)) {
        return value;
      }
    }
    throw new AssertionError("no value " + code + " in " + values);
  }

  @Test
  void printsOneJsonDocumentWithTheKeysOfTheSpec() {
    CliRun run = redThread("--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("n").intValue()).isEqualTo(12);
    assertThat(json.get("kendallW").doubleValue()).isBetween(0.0, 1.0);
    assertThat(json.get("values")).hasSize(3);
    List<String> keys = new ArrayList<>();
    json.get("values").get(0).fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "code",
            "n",
            "importanceMean",
            "importanceSd",
            "satisfactionMean",
            "urgency",
            "topShare",
            "borda",
            "rank",
            "pTopK");
  }

  @Test
  void theFiguresOfContactAreTheOnesWorkedOutByHand() {
    JsonNode contact = value(redThread("--format", "json").json().get("values"), "contact");

    // Importance 5,4,5,4,3,5,3,2,4,3,4 (r12 left it empty): n 11, sum 42.
    assertThat(contact.get("n").intValue()).isEqualTo(11);
    assertThat(contact.get("importanceMean").doubleValue()).isCloseTo(42.0 / 11, within(1e-12));
    // Top choices earn 2 points at place 1 (r01, r02, r03, r06) and 1 at place 2 (r04, r07).
    assertThat(contact.get("borda").intValue()).isEqualTo(10);
    // Named by 6 of the 11 respondents who gave a top choice (r09 gave none).
    assertThat(contact.get("topShare").doubleValue()).isCloseTo(6.0 / 11, within(1e-12));
    // ((I−1)/4)·((5−S)/4) per respondent: 0.75, 0.75, 0.75, 0.375, 0.25, 1, 0.125, 0.0625,
    // 0.375, 0.125, 0.5625 → 5.125 / 11.
    assertThat(contact.get("urgency").doubleValue()).isCloseTo(5.125 / 11, within(1e-12));
    assertThat(contact.get("pTopK").doubleValue()).isBetween(0.0, 1.0);
  }

  @Test
  void ranksFollowUrgency() {
    JsonNode values = redThread("--format", "json").json().get("values");

    for (int i = 1; i < values.size(); i++) {
      assertThat(values.get(i).get("rank").intValue()).isEqualTo(i + 1);
      assertThat(values.get(i).get("urgency").doubleValue())
          .isLessThanOrEqualTo(values.get(i - 1).get("urgency").doubleValue());
    }
  }

  @Test
  void segmentsObeyTheSmallGroupRule() {
    JsonNode segments = redThread("--format", "json").json().get("segments");

    // older (4) and single (2) are below k-min 5; together they hide 6, so young stays published.
    assertThat(segments).hasSize(3);
    assertThat(segments.get(0).toString())
        .isEqualTo("{\"column\":\"household\",\"value\":\"older\",\"suppressed\":true}");
    assertThat(segments.get(1).toString())
        .isEqualTo("{\"column\":\"household\",\"value\":\"single\",\"suppressed\":true}");
    JsonNode young = segments.get(2);
    assertThat(young.get("value").textValue()).isEqualTo("young");
    assertThat(young.get("n").intValue()).isEqualTo(6);
    assertThat(young.get("suppressed").booleanValue()).isFalse();
    // Importance of contact among the young: 5, 4, 5, 4, 3, 5.
    assertThat(value(young.get("values"), "contact").get("importanceMean").doubleValue())
        .isCloseTo(26.0 / 6, within(1e-12));
  }

  @Test
  void networksCountWhoTakesPartOverallAndInPublishedSegments() {
    // Networks of four are fewer than the default k of 5; the file's holder may look with k = 1.
    JsonNode networks = redThread("--format", "json", "--k-min", "1").json().get("networks");

    // choir: r06, r07, r08, r10; football: r01, r05, r10, r12; play-week: r01, r02, r03, r06.
    assertThat(networks)
        .extracting(n -> n.get("name").textValue())
        .containsExactly("choir", "football", "play-week");
    assertThat(networks).extracting(n -> n.get("n").intValue()).containsOnly(4);
    JsonNode playWeek = networks.get(2);
    assertThat(playWeek.get("share").doubleValue()).isCloseTo(4.0 / 12, within(1e-12));
    JsonNode young = playWeek.get("segments").get(2);
    assertThat(young.get("value").textValue()).isEqualTo("young");
    assertThat(young.get("n").intValue()).isEqualTo(4);
    assertThat(playWeek.get("segments")).allSatisfy(s -> assertThat(s.has("n")).isTrue());
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndNoBootstrapGivesNoPTopK() {
    JsonNode first = redThread("--format", "json", "--seed", "7").json();
    JsonNode second = redThread("--format", "json", "--seed", "7").json();
    JsonNode none = redThread("--format", "json", "--bootstrap", "0").json();

    assertThat(first).isEqualTo(second);
    assertThat(none.get("values")).allSatisfy(v -> assertThat(v.get("pTopK").isNull()).isTrue());
  }

  @Test
  void aSegmentColumnOutsideTheWishMapCanBeNamed(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("streets.csv");
    StringBuilder rows =
        new StringBuilder(
            "household,street,imp.contact,imp.safety,imp.green,"
                + "sat.contact,sat.safety,sat.green\n");
    for (int i = 0; i < 10; i++) {
      rows.append("young,").append(i < 5 ? "Brink" : "Wei").append(",4,3,2,2,3,4\n");
    }
    Files.writeString(csv, rows);

    CliRun run =
        run(
            "red-thread",
            "--wish-map",
            fixture("village-wish-map.json"),
            "--data",
            csv.toString(),
            "--segment",
            "street",
            "--bootstrap",
            "0",
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("segments"))
        .extracting(s -> s.get("column").textValue() + "=" + s.get("value").textValue())
        .containsExactly("street=Brink", "street=Wei");
  }

  @Test
  void anUnknownValueColumnIsNamed(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("typo.csv");
    Files.writeString(
        csv,
        "household,imp.contact,imp.safety,imp.green,imp.greenery,sat.contact,sat.safety,"
            + "sat.green\nyoung,4,3,2,5,2,3,4\n");

    CliRun run =
        run("red-thread", "--wish-map", fixture("village-wish-map.json"), "--data", csv.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "cohesion red-thread: "
                + csv
                + ": column imp.greenery: unknown value code 'greenery'; the wish map has contact,"
                + " safety, green"
                + System.lineSeparator());
  }

  @Test
  void aBadTopChoiceNamesItsRowAndColumn(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("top.csv");
    Files.writeString(
        csv,
        "household,imp.contact,imp.safety,imp.green,sat.contact,sat.safety,sat.green,top1,top2\n"
            + "young,4,3,2,2,3,4,contact,safety\n"
            + "young,4,3,2,2,3,4,contact,parking\n");

    CliRun run =
        run("red-thread", "--wish-map", fixture("village-wish-map.json"), "--data", csv.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(": row 3, column top2: unknown value code 'parking'");
  }

  @Test
  void badOptionsAreBadInput() {
    assertThat(redThread("--bootstrap", "-1").exit()).isEqualTo(2);
    assertThat(redThread("--k-min", "0").exit()).isEqualTo(2);
    assertThat(redThread("--seed", "abc").exit()).isEqualTo(2);
    CliRun unknown = redThread("--urgency", "no-such-strategy");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-strategy");
  }

  @Test
  void theTableListsValuesSegmentsAndNetworks() {
    CliRun run = redThread();

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Values, most urgent first")
        .contains("Segment household = older: suppressed")
        .contains("Segment household = young (6 respondents)")
        .contains("play-week")
        .contains(String.format(java.util.Locale.ROOT, "%.3f", 5.125 / 11));
  }
}
