package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/configuration.md describes every option of {@code cohesion serve} and every environment
 * variable the program reads, and nothing that does not exist: an option added to the command or a
 * variable added to the code without a line on the page fails here, and so does a line left on the
 * page after its option or variable went.
 */
class ConfigurationPageTest {
  private static final String PAGE = "docs/configuration.md";

  /** An option in the first cell of a row of the page's table of options. */
  private static final Pattern OPTION_CELL = Pattern.compile("`(--?[a-zA-Z][\\w-]*)");

  /** A variable in the first cell of a row of the page's table of environment variables. */
  private static final Pattern VARIABLE_CELL = Pattern.compile("^\\| `([A-Z][A-Z0-9_]+)` \\|");

  /** A variable read in Java: a constant naming it, or {@code System.getenv("…")}. */
  private static final Pattern JAVA_VARIABLE =
      Pattern.compile("getenv\\(\"([^\"]+)\"\\)|\"(COHESION_[A-Z0-9_]+)\"");

  /** A variable read by a shell script: {@code $NAME} or {@code ${NAME…}}. */
  private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{?(COHESION_[A-Z0-9_]+)");

  private final Path root = Docs.root();
  private final String page = Docs.read(root.resolve(PAGE));

  @Test
  void everyOptionOfServeIsOnThePageAndNothingElse() {
    CommandLine serve = CohesionCli.newCommandLine().getSubcommands().get("serve");
    Set<String> options = new TreeSet<>();
    for (CommandLine.Model.OptionSpec option : serve.getCommandSpec().options()) {
      options.addAll(List.of(option.names()));
    }
    assertThat(options).as("options of serve").contains("--port", "--demo", "--help");

    assertThat(documented(section("## Options of `cohesion serve`"), OPTION_CELL))
        .as("the options %s documents", PAGE)
        .containsExactlyInAnyOrderElementsOf(options);
  }

  @Test
  void everyEnvironmentVariableTheCodeReadsIsOnThePageAndNothingElse() {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(this::isMainJava).toList()) {
        Matcher m = JAVA_VARIABLE.matcher(Docs.read(file));
        while (m.find()) {
          read.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher launcher = SHELL_VARIABLE.matcher(Docs.read(root.resolve("cohesion")));
    while (launcher.find()) {
      read.add(launcher.group(1));
    }
    assertThat(read)
        .as("variables read by the code")
        .contains("COHESION_API_KEYS", "COHESION_PSEUDONYM_SECRET", "COHESION_JAVA_OPTS");

    assertThat(documented(section("## Environment variables"), VARIABLE_CELL))
        .as("the environment variables %s documents", PAGE)
        .containsExactlyInAnyOrderElementsOf(read);
  }

  @Test
  void theDefaultsOnThePageAreTheDefaultsOfServe() {
    CommandLine serve = CohesionCli.newCommandLine().getSubcommands().get("serve");
    String options = section("## Options of `cohesion serve`");
    for (CommandLine.Model.OptionSpec option : serve.getCommandSpec().options()) {
      String fallback = option.defaultValue();
      if (fallback == null) {
        continue;
      }
      String row =
          options
              .lines()
              .filter(l -> l.startsWith("| `" + option.longestName()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + option.longestName()));
      assertThat(row.split("\\|")[2].strip())
          .as("the default of %s", option.longestName())
          .isEqualTo("`" + fallback + "`");
    }
  }

  private boolean isMainJava(Path file) {
    String path = root.relativize(file).toString().replace('\\', '/');
    return path.endsWith(".java") && path.contains("/src/main/java/") && !path.contains("/target/");
  }

  /** The page from {@code heading} to the next heading of the same level. */
  private String section(String heading) {
    int start = page.indexOf("\n" + heading + "\n");
    assertThat(start).as("%s has a section %s", PAGE, heading).isNotNegative();
    int end = page.indexOf("\n## ", start + heading.length() + 1);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  /** What the first cell of each table row of {@code section} names, by {@code cell}. */
  private static Set<String> documented(String section, Pattern cell) {
    Set<String> names = new TreeSet<>();
    for (String line : section.lines().toList()) {
      if (!line.startsWith("| ") || line.startsWith("|---")) {
        continue;
      }
      String first = line.substring(0, line.indexOf('|', 1) + 1);
      Matcher m = cell.matcher(first);
      List<String> found = new ArrayList<>();
      while (m.find()) {
        found.add(m.group(1));
      }
      names.addAll(found);
    }
    names.remove("option");
    names.remove("variable");
    return names;
  }
}
