package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.rest.ApiKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Walks through docs/api.md as a reader does: starts the server the page starts (in this process,
 * on a free port and in a temporary directory instead of 8080 and ./cohesion-data), sets the
 * variables the page exports, and runs every {@code curl} of the page, in order, with the real
 * {@code curl} in {@code bash}, in one working directory. Each must answer 2xx, or the problem the
 * page shows; where the page shows an answer under a command, the body must match it ("…" stands
 * for anything). A variable is set as the page sets it, by the shell; only the keys the server
 * prints ({@code demo-<role>-…}) are taken from what it printed, as a reader copies them.
 */
class ApiGuideTest {
  private static final String PAGE = "docs/api.md";
  private static final String DOCUMENTED_ORIGIN = "http://127.0.0.1:8080";
  private static final Pattern EXPORT = Pattern.compile("export (\\w+)=(.+)");
  private static final Pattern PROBLEM_STATUS =
      Pattern.compile("\"type\":\"urn:cohesion:problem:[^\"]*\".*\"status\":(\\d{3})");

  @Test
  void everyCurlOfTheApiGuideAnswersAsThePageShows(@TempDir Path dir) throws Exception {
    assumeCurl();
    List<Docs.Command> commands = Docs.commands(PAGE);
    assertThat(commands).as("commands in " + PAGE).hasSizeGreaterThan(30);
    Path work = Files.createDirectories(dir.resolve("work"));

    StringWriter out = new StringWriter();
    Map<String, String> variables = new LinkedHashMap<>();
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
          assertThat(server).as("the server runs before " + line).isNotNull();
          variables.put(
              line.substring("export ".length(), line.indexOf('=')),
              value(line, out.toString(), server.port(), work, variables));
        } else if (line.startsWith("JAZZER_FUZZ=")) {
          // Two minutes of fuzzing each: DocsCommandsTest checks that the tests they name exist.
          continue;
        } else if (line.startsWith("openapi-generator-cli ")) {
          // The build generates the same client with the Maven plugin (GeneratedClientWalkTest).
          generatesAsTheBuildDoes(line);
        } else {
          assertThat(line).as("a command this test knows").contains("curl ");
          assertThat(server).as("the server runs before " + line).isNotNull();
          curl(command, variables, server.port(), work);
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

  /**
   * The command-line generator's options are those the REST adapter's build gives the Maven plugin,
   * so the page's client is the one a test of the build walks through.
   */
  private static void generatesAsTheBuildDoes(String command) {
    String pom = Docs.read(Docs.root().resolve("cohesion-adapters-rest/pom.xml"));
    Map<String, String> options =
        Map.of(
            "-g java", "<generatorName>java</generatorName>",
            "--library native", "<library>native</library>",
            "--generate-alias-as-model", "<generateAliasAsModel>true</generateAliasAsModel>",
            "--additional-properties openApiNullable=false",
                "<openApiNullable>false</openApiNullable>");
    assertThat(command).as("the page's generator command").contains("generate -i ");
    options.forEach(
        (option, configuration) -> {
          assertThat(command).as("the page's generator command").contains(option);
          assertThat(pom).as("the REST adapter's generator configuration").contains(configuration);
        });
  }

  private static void curl(Docs.Command command, Map<String, String> variables, int port, Path work)
      throws IOException, InterruptedException {
    // The status goes on a line of its own after the body, where the page does not show it.
    String output =
        bash(
            "curl() { command curl -w '\\n%{http_code}' \"$@\"; }\n" + command.text(),
            variables,
            port,
            work);

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
      assertThat(body).as(what).matches(Docs.shownAsPattern(shown, Set.of(), null));
    }
  }

  /**
   * Runs {@code script} with {@code bash} in {@code work}, with the variables set so far and the
   * documented address replaced by the server's, and answers what it printed.
   */
  private static String bash(String script, Map<String, String> variables, int port, Path work)
      throws IOException, InterruptedException {
    String origin = "http://127.0.0.1:" + port;
    ProcessBuilder bash =
        new ProcessBuilder(
                "bash", "-c", "set -euo pipefail\n" + script.replace(DOCUMENTED_ORIGIN, origin))
            .directory(work.toFile())
            .redirectErrorStream(true);
    variables.forEach(
        (name, value) -> bash.environment().put(name, value.replace(DOCUMENTED_ORIGIN, origin)));
    Process process = bash.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(script).isTrue();
    assertThat(process.exitValue()).as(script + "\n" + output).isZero();
    return output;
  }

  /**
   * The value of an exported variable: a key the server printed for {@code demo-<role>-…}, or what
   * the shell makes of the page's {@code export} (an address, a value taken from an earlier
   * answer).
   */
  private static String value(
      String line, String printed, int port, Path work, Map<String, String> variables)
      throws IOException, InterruptedException {
    Matcher export = EXPORT.matcher(line);
    assertThat(export.matches()).as(line).isTrue();
    String name = export.group(1);
    String shown = export.group(2);
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
    assertThat(shown).as(line + ": a value the page makes up").doesNotContain("…");
    String value = bash(line + "\nprintf '%s' \"$" + name + "\"", variables, port, work);
    assertThat(value).as(line + ": the value the shell sets").isNotBlank();
    // The test's address stands for the documented one, as in the commands.
    return value.replace("http://127.0.0.1:" + port, DOCUMENTED_ORIGIN);
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
