package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.rest.ApiKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Walks through docs/api.md as a reader does: starts the server the page starts (in this process,
 * on a free port and in a temporary directory instead of 8080 and ./cohesion-data), sets the
 * variables the page exports, and runs every {@code curl} of the page, in order, with the real
 * {@code curl} in {@code bash}. Each must answer 2xx, or the problem the page shows; where the page
 * shows an answer under a command, the body must match it ("…" stands for anything).
 */
class ApiGuideTest {
  private static final String PAGE = "docs/api.md";
  private static final String DOCUMENTED_ORIGIN = "http://127.0.0.1:8080";
  private static final Pattern EXPORT = Pattern.compile("export (\\w+)=(\\S+)");
  private static final Pattern PROBLEM_STATUS =
      Pattern.compile("\"type\":\"urn:cohesion:problem:[^\"]*\".*\"status\":(\\d{3})");

  @Test
  void everyCurlOfTheApiGuideAnswersAsThePageShows(@TempDir Path dir) throws Exception {
    assumeCurl();
    List<Docs.Command> commands = Docs.commands(PAGE);
    assertThat(commands).as("commands in " + PAGE).hasSizeGreaterThan(30);
    // A value the reader copies from an answer (an invitation code) is an example in that answer.
    Set<String> examples =
        commands.stream()
            .map(c -> EXPORT.matcher(c.withoutComment()))
            .filter(Matcher::matches)
            .map(m -> m.group(2))
            .filter(v -> !v.contains("…") && !v.startsWith(DOCUMENTED_ORIGIN))
            .collect(Collectors.toSet());

    StringWriter out = new StringWriter();
    Map<String, String> variables = new LinkedHashMap<>();
    List<Answer> answers = new ArrayList<>();
    int curls = 0;
    ServeCommand.Running server = null;
    try {
      for (Docs.Command command : commands) {
        String line = command.withoutComment();
        if (line.startsWith("./cohesion serve")) {
          server = serve(line, dir, out);
        } else if (line.startsWith("export " + ApiKeys.ENVIRONMENT_VARIABLE + "='")) {
          // A key configuration the reader gives a server of their own: the server's parser must
          // accept it as written, with every key it lists.
          String spec = line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\''));
          assertThat(ApiKeys.parse(spec).size()).as(line).isEqualTo(spec.split(",").length);
        } else if (line.startsWith("export ")) {
          Matcher export = EXPORT.matcher(line);
          assertThat(export.matches()).as(line).isTrue();
          assertThat(server).as("the server runs before " + line).isNotNull();
          variables.put(
              export.group(1), value(export.group(2), out.toString(), server.port(), answers));
        } else if (line.startsWith("JAZZER_FUZZ=")) {
          // Two minutes of fuzzing each: DocsCommandsTest checks that the tests they name exist.
          continue;
        } else {
          assertThat(line).as("a command this test knows").contains("curl ");
          assertThat(server).as("the server runs before " + line).isNotNull();
          answers.add(curl(command, variables, examples, server.port()));
          curls++;
        }
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
    assertThat(curls).as("curl commands run").isGreaterThan(30);
  }

  /** What one curl answered, beside what the page shows for it. */
  private record Answer(String shown, int status, String body) {}

  private static Answer curl(
      Docs.Command command, Map<String, String> variables, Set<String> examples, int port)
      throws IOException, InterruptedException {
    String origin = "http://127.0.0.1:" + port;
    // The status goes on a line of its own after the body, where the page does not show it.
    String script =
        "set -euo pipefail\ncurl() { command curl -w '\\n%{http_code}' \"$@\"; }\n"
            + command.text().replace(DOCUMENTED_ORIGIN, origin)
            + "\n";
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    variables.forEach(
        (name, value) -> bash.environment().put(name, value.replace(DOCUMENTED_ORIGIN, origin)));
    Process process = bash.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command.line()).isTrue();
    assertThat(process.exitValue()).as(command.line() + "\n" + output).isZero();

    int cut = output.lastIndexOf('\n');
    String body = output.substring(0, Math.max(cut, 0)).strip();
    int status = Integer.parseInt(output.substring(cut + 1).strip());
    String shown = command.shownAnswer();
    Matcher problem = PROBLEM_STATUS.matcher(shown);
    String what = command.line() + "\nanswered " + status + ": " + body;
    if (problem.find()) {
      assertThat(status).as(what).isEqualTo(Integer.parseInt(problem.group(1)));
    } else {
      assertThat(status).as(what).isBetween(200, 299);
    }
    if (!shown.isEmpty()) {
      assertThat(body).as(what).matches(Docs.shownAsPattern(shown, examples, null));
    }
    return new Answer(shown, status, body);
  }

  /**
   * The value of an exported variable: a key the server printed for {@code demo-<role>-…}, the
   * server's own address for the documented one, or a value the page shows in an earlier answer,
   * taken from the same place of what the server answered.
   */
  private static String value(String shown, String printed, int port, List<Answer> answers) {
    Matcher key = Pattern.compile("demo-(\\w+)-…").matcher(shown);
    if (key.matches()) {
      return printed
          .lines()
          .map(String::strip)
          .filter(l -> l.startsWith(key.group(1) + " "))
          .map(l -> l.split("\\s+")[1])
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + key.group(1) + " key in:\n" + printed));
    }
    if (shown.startsWith(DOCUMENTED_ORIGIN)) {
      return shown;
    }
    for (int i = answers.size() - 1; i >= 0; i--) {
      Answer answer = answers.get(i);
      if (answer.shown().contains("\"" + shown + "\"")) {
        Matcher found = Docs.shownAsPattern(answer.shown(), Set.of(), shown).matcher(answer.body());
        assertThat(found.matches()).as(answer.body()).isTrue();
        return found.group(1);
      }
    }
    throw new AssertionError("'" + shown + "' is neither printed nor in an answer the page shows");
  }

  private static ServeCommand.Running serve(String command, Path dir, StringWriter out) {
    List<String> args = new ArrayList<>();
    for (String word : command.substring("./cohesion serve".length()).strip().split(" ")) {
      if (!word.isEmpty()) {
        args.add(word);
      }
    }
    // The documented defaults, 8080 and ./cohesion-data, are this machine's to keep.
    args.addAll(List.of("--port", "0", "--data-dir", dir.resolve("cohesion-data").toString()));
    ServeCommand serve = new ServeCommand();
    CommandLine line = new CommandLine(serve);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    line.parseArgs(args.toArray(String[]::new));
    return serve.start(Map.of());
  }

  /** The page is run with the real curl: without it the test cannot run, and says so. */
  private static void assumeCurl() throws InterruptedException {
    String missing;
    try {
      Process curl = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
      curl.getInputStream().readAllBytes();
      missing = curl.waitFor() == 0 ? null : "curl --version failed";
    } catch (IOException e) {
      missing = "no curl on the PATH";
    }
    if (missing != null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + missing);
      }
      Assumptions.abort("The API guide's commands need curl and bash: " + missing);
    }
  }
}
