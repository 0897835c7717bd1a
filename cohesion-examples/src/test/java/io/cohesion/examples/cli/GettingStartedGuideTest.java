package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs docs/getting-started.md: the server command in this process (on a free port and in a
 * temporary directory instead of 8080 and ./cohesion-data), its printed lines against the page, and
 * every {@code curl} against that server; the commands that build or print a report must be in the
 * CI script, which runs them as written.
 */
class GettingStartedGuideTest {
  private static final Pattern PRINTED = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern INLINE = Pattern.compile("`(\\./cohesion [^`]*)`");
  private static final Pattern QUOTED_OR_WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final String DOCUMENTED_ORIGIN = "http://127.0.0.1:8080";

  private final Path root = root();
  private final String guide = read(root.resolve("docs/getting-started.md"));
  private final String ci = read(root.resolve(".ci/run"));

  @Test
  void everyCommandOfTheGuideIsRunAndAnswersAsShown(@TempDir Path dir) throws Exception {
    List<Docs.Command> commands = Docs.commands("docs/getting-started.md");
    List<String> printed = new ArrayList<>();
    Matcher blocks = PRINTED.matcher(guide);
    while (blocks.find()) {
      printed.addAll(blocks.group(1).lines().filter(l -> !l.isBlank()).toList());
    }
    assertThat(commands).extracting(Docs.Command::line).contains("./cohesion serve --demo");
    assertThat(printed).isNotEmpty();

    StringWriter out = new StringWriter();
    Map<String, String> variables = new LinkedHashMap<>();
    List<String> ran = new ArrayList<>();
    ServeCommand.Running server = null;
    try {
      for (Docs.Command documented : commands) {
        String command = documented.line();
        if (command.startsWith("./cohesion serve")) {
          server = serve(command, dir, out);
          assertPrintedAsShown(printed, out.toString());
        } else if (command.startsWith("export ")) {
          String[] assignment = command.substring("export ".length()).split("=", 2);
          assertThat(assignment[1]).as(command).isEqualTo("demo-researcher-…");
          variables.put(assignment[0], key(out.toString(), "researcher"));
        } else if (command.startsWith("curl ")) {
          assertThat(server).as("the server runs before " + command).isNotNull();
          HttpResponse<String> answer = curl(command, variables, server.port());
          assertThat(answer.statusCode()).as(command).isEqualTo(200);
          assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()))
              .as(command)
              .isNotEmpty();
          if (!documented.shown().isEmpty()) {
            assertThat(answer.body())
                .as(command)
                .matches(Docs.shownAsPattern(documented.shownAnswer(), Set.of(), null));
          }
        } else {
          assertThat(ci.lines().map(String::strip))
              .as("'" + command + "' is not run here, so the CI script must run it")
              .anySatisfy(line -> assertThat(line).startsWith(command));
        }
        ran.add(command);
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
    assertThat(ran).hasSize(commands.size());
  }

  @Test
  void theCommandsNamedInTheTextAreRunToo() {
    List<String> named = INLINE.matcher(guide).results().map(m -> m.group(1)).distinct().toList();

    assertThat(named).isNotEmpty();
    for (String command : named) {
      if (command.endsWith(" --help")) {
        String[] args = command.substring("./cohesion ".length()).split(" ");
        CliRun run = CliRun.run(args);
        assertThat(run.exit()).as(command).isZero();
        assertThat(run.out()).as(command).contains("Usage:");
      } else {
        assertThat(ci.lines().map(String::strip))
            .as("'" + command + "' is named in the guide, so the CI script must run it")
            .anySatisfy(line -> assertThat(line).startsWith(command));
      }
    }
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

  /** Every line the guide shows is printed, in that order; "…" stands for a key. */
  private static void assertPrintedAsShown(List<String> shown, String output) {
    List<String> lines =
        output.lines().map(l -> l.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:8080")).toList();
    int at = 0;
    for (String expected : shown) {
      Pattern pattern =
          Pattern.compile(
              Pattern.quote(expected).replace("…", "\\E[0-9a-f]{32}\\Q").replace("\\Q\\E", ""));
      int found = -1;
      for (int i = at; i < lines.size(); i++) {
        if (pattern.matcher(lines.get(i)).matches()) {
          found = i;
          break;
        }
      }
      assertThat(found).as("printed line '" + expected + "' in:\n" + output).isNotNegative();
      at = found + 1;
    }
  }

  private static String key(String output, String role) {
    return output
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith(role + " "))
        .map(l -> l.split("\\s+")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " key in:\n" + output));
  }

  /** Runs the GET a {@code curl -s URL [-H header]} line describes. */
  private static HttpResponse<String> curl(String command, Map<String, String> variables, int port)
      throws Exception {
    List<String> words = new ArrayList<>();
    Matcher m = QUOTED_OR_WORD.matcher(command);
    while (m.find()) {
      String word = m.group(1) != null ? m.group(1) : m.group(2);
      for (Map.Entry<String, String> variable : variables.entrySet()) {
        word = word.replace("$" + variable.getKey(), variable.getValue());
      }
      words.add(word);
    }
    String url = null;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("-H")) {
        String[] header = words.get(++i).split(":\\s*", 2);
        headers.put(header[0], header[1]);
      } else if (word.startsWith("http")) {
        url = word;
      } else {
        assertThat(word).as("an option the test understands, in " + command).isEqualTo("-s");
      }
    }
    assertThat(url).as(command).startsWith(DOCUMENTED_ORIGIN);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + url.substring(DOCUMENTED_ORIGIN.length())));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Path root() {
    Path module = Path.of("").toAbsolutePath();
    return Files.exists(module.resolve("docs/getting-started.md")) ? module : module.getParent();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
