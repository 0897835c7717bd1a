package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.crosscheck.CrossCheckData;
import io.cohesion.core.crosscheck.JsonFigures;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole published path against R: the files of {@code cohesion-core/src/test/r/crosscheck.R} go
 * through the real file parsers and the {@code score}, {@code compare} and {@code red-thread}
 * commands, and every figure of the printed JSON must equal R's to 1e-6 (undefined figures null),
 * under several default locales.
 */
class CrossCheckCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Locales whose number formatting differs from the root locale's. */
  private static final List<Locale> LOCALES =
      List.of(
          Locale.forLanguageTag("hi-IN"),
          Locale.forLanguageTag("de-DE"),
          Locale.forLanguageTag("ar-EG-u-nu-arab"),
          Locale.forLanguageTag("fa-IR"));

  @TempDir Path folder;

  @TestFactory
  Stream<DynamicTest> everyPublishedFigureMatchesR() {
    return CrossCheckData.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("command").asText() + " " + c.get("name").asText(),
                    () -> {
                      String printed = run(arguments(c));
                      JsonNode actual = MAPPER.readTree(printed);
                      if (c.get("command").asText().equals("red-thread")) {
                        JsonFigures.acceptSuppression(c.get("expected"), actual);
                      }
                      if (actual.has("reliabilityNote")) {
                        // a text, not a figure: present exactly when reliability is null
                        assertThat(actual.get("reliabilityNote").isTextual())
                            .as("reliabilityNote of %s", c.get("name").asText())
                            .isEqualTo(actual.get("reliability").isNull());
                        ((ObjectNode) actual).remove("reliabilityNote");
                      }
                      List<String> differences = JsonFigures.differences(c.get("expected"), actual);
                      assertThat(differences)
                          .as("figures of %s that differ from R", c.get("name").asText())
                          .isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> outputDoesNotDependOnTheDefaultLocale() {
    return CrossCheckData.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("name").asText(),
                    () -> {
                      List<String> arguments = arguments(c);
                      String reference = withLocale(Locale.ROOT, () -> run(arguments));
                      for (Locale locale : LOCALES) {
                        assertThat(withLocale(locale, () -> run(arguments)))
                            .as("JSON printed under %s", locale)
                            .isEqualTo(reference);
                      }
                      List<String> table = new ArrayList<>(arguments);
                      table.set(table.indexOf("json"), "table");
                      String referenceTable = withLocale(Locale.ROOT, () -> run(table));
                      for (Locale locale : LOCALES) {
                        assertThat(withLocale(locale, () -> run(table)))
                            .as("table printed under %s", locale)
                            .isEqualTo(referenceTable);
                      }
                    }));
  }

  @Test
  void suppressedGroupsAndSegmentsCarryNoFigure() throws IOException {
    int suppressed = 0;
    for (JsonNode c : CrossCheckData.cases()) {
      if (!c.get("command").asText().equals("compare")) {
        suppressed += checkSuppressed(MAPPER.readTree(run(arguments(c))), "$");
      }
    }
    assertThat(suppressed).as("suppressed groups, segments and segment counts seen").isPositive();
  }

  @Test
  void bootstrapIsDeterministicForASeedAndLeavesThePointFiguresAlone() throws Exception {
    JsonNode c = redThreadCase("rt-sat");
    List<String> arguments = new ArrayList<>(arguments(c));
    arguments.set(arguments.indexOf("--bootstrap") + 1, "300");
    arguments.addAll(List.of("--seed", "11"));

    String first = run(arguments);
    assertThat(withLocale(Locale.forLanguageTag("ar-EG-u-nu-arab"), () -> run(arguments)))
        .isEqualTo(first);
    assertThat(run(arguments)).isEqualTo(first);
    arguments.set(arguments.indexOf("--seed") + 1, "12");
    assertThat(run(arguments)).as("another seed").isNotEqualTo(first);

    JsonNode printed = MAPPER.readTree(first);
    int topChoices = 3;
    assertThat(sumOfPTopK(printed.get("values"))).isCloseTo(topChoices, within());
    for (JsonNode segment : printed.get("segments")) {
      if (!segment.get("suppressed").asBoolean()) {
        assertThat(sumOfPTopK(segment.get("values"))).isCloseTo(topChoices, within());
      }
    }
    // apart from pTopK, the figures are those of R (computed without resamples)
    JsonNode comparable = withoutPTopK(printed);
    JsonFigures.acceptSuppression(c.get("expected"), comparable);
    assertThat(JsonFigures.differences(c.get("expected"), comparable)).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static double sumOfPTopK(JsonNode values) {
    double sum = 0;
    for (JsonNode value : values) {
      assertThat(value.get("pTopK").asDouble()).isBetween(0.0, 1.0);
      sum += value.get("pTopK").asDouble();
    }
    return sum;
  }

  private static JsonNode withoutPTopK(JsonNode document) {
    JsonNode copy = document.deepCopy();
    List<JsonNode> lists = new ArrayList<>();
    lists.add(copy.get("values"));
    copy.get("segments").forEach(s -> lists.add(s.get("values")));
    for (JsonNode values : lists) {
      if (values != null) {
        values.forEach(v -> ((ObjectNode) v).putNull("pTopK"));
      }
    }
    return copy;
  }

  /** Counts the suppressed entries below {@code node} and checks that each has only its key. */
  private static int checkSuppressed(JsonNode node, String path) {
    int count = 0;
    if (node.isObject()) {
      if (node.path("suppressed").asBoolean(false)) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
            .as("keys of the suppressed entry %s", path)
            .isIn(
                Set.of("group", "suppressed"),
                Set.of("column", "value", "suppressed"),
                Set.of("name", "suppressed"),
                Set.of("code", "suppressed"),
                Set.of("n", "reason", "suppressed"));
        count++;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        count += checkSuppressed(node.get(name), path + "." + name);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        count += checkSuppressed(node.get(i), path + "[" + i + "]");
      }
    }
    return count;
  }

  private static JsonNode redThreadCase(String name) {
    return CrossCheckData.cases().stream()
        .filter(c -> c.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The command line of a case, its files copied from the class path into the temp folder. */
  private List<String> arguments(JsonNode c) {
    List<String> arguments = new ArrayList<>();
    arguments.add(c.get("command").asText());
    switch (c.get("command").asText()) {
      case "score" -> {
        arguments.addAll(List.of("--scale", file(c, "scale"), "--data", file(c, "data")));
        if (!c.get("groupBy").isNull()) {
          arguments.addAll(List.of("--group-by", c.get("groupBy").asText()));
        }
        arguments.addAll(List.of("--k-min", c.get("kMin").asText()));
      }
      case "compare" ->
          arguments.addAll(
              List.of(
                  "--scale", file(c, "scale"),
                  "--before", file(c, "before"),
                  "--after", file(c, "after")));
      case "red-thread" -> {
        arguments.addAll(List.of("--wish-map", file(c, "wishMap"), "--data", file(c, "data")));
        c.get("segments").forEach(s -> arguments.addAll(List.of("--segment", s.asText())));
        arguments.addAll(
            // every figure, as R computes it; what is released is the policy's (tested on its own)
            List.of("--k-min", "1", "--bootstrap", c.get("bootstrap").asText()));
      }
      default -> throw new IllegalStateException("unknown command in " + c);
    }
    arguments.addAll(List.of("--format", "json"));
    return arguments;
  }

  private String file(JsonNode c, String field) {
    String name = c.get(field).asText();
    Path target = folder.resolve(name);
    if (!Files.exists(target)) {
      try (InputStream in = CrossCheckData.open(name)) {
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return target.toString();
  }

  private static String run(List<String> arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(arguments.toArray(String[]::new));
    assertThat(exit).as("exit code of %s; stderr: %s", arguments, err).isZero();
    return out.toString();
  }

  private interface Call {
    String call() throws Exception;
  }

  private static String withLocale(Locale locale, Call call) throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return call.call();
    } finally {
      Locale.setDefault(before);
    }
  }
}
