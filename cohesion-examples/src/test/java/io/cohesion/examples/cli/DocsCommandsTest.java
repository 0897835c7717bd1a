package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shell command in README.md and docs/*.md is run by a test or by the CI script, or, for the
 * benchmarks and fuzzing runs that take minutes, has its programs, test names and options checked
 * here. A page with a command that none of these cover fails this test.
 */
class DocsCommandsTest {
  /** Pages whose every command a guide test runs, in order, and checks. */
  private static final Map<String, String> RUN_BY_GUIDE_TESTS =
      Map.of(
          "docs/getting-started.md", "GettingStartedGuideTest",
          "docs/cli.md", "CommandLineGuideTest",
          "docs/api.md", "ApiGuideTest",
          "docs/persistence.md", "PersistenceGuideTest",
          "docs/operations.md", "OperationsGuideTest",
          "docs/survey-import.md", "SurveyImportGuideTest");

  /** Pages whose commands take minutes: they are checked here, not run. */
  private static final String BENCHMARKS = "docs/performance.md";

  /** The release procedure, whose commands change the repository: checked here, not run. */
  private static final String RELEASE = "docs/releasing.md";

  private static final Pattern SET_VERSION =
      Pattern.compile("^mvn -B versions:set -DnewVersion=(\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?)$");
  private static final Pattern GIT_COMMIT = Pattern.compile("^git commit -am \"[^\"]+\"$");
  private static final Pattern GIT_TAG =
      Pattern.compile("^git tag -a v(\\d+\\.\\d+\\.\\d+) -m \"Cohesion (\\d+\\.\\d+\\.\\d+)\"$");

  private static final Pattern FUZZ = Pattern.compile("^JAZZER_FUZZ=1 mvn .*");
  private static final Pattern TEST_NAME = Pattern.compile("-Dtest='(\\w+)#(\\w+)'");
  private static final Pattern MODULE = Pattern.compile("-pl (\\S+)");
  private static final Pattern MAIN_CLASS = Pattern.compile("\\s(io\\.cohesion\\.[\\w.]+)(.*)$");
  private static final Pattern JMH = Pattern.compile("-jar (\\S+benchmarks\\.jar) (\\w+)(.*)$");
  private static final Pattern OPTION = Pattern.compile("--([a-z][\\w-]*)");
  private static final Pattern TIME = Pattern.compile("^/usr/bin/time -f \"[^\"]*\"\\s+");
  private static final Pattern ENVIRONMENT = Pattern.compile("^(\\w+='[^']*'\\s+)+");

  private final Path root = Docs.root();

  /** The CI script's lines, a line that goes on in the next joined with it. */
  private final List<String> ci =
      Docs.read(root.resolve(".ci/run"))
          .replaceAll("\\\\\n\\s*", " ")
          .lines()
          .map(String::strip)
          .toList();

  @TestFactory
  Stream<DynamicTest> everyCommandOfTheDocsIsRunOrChecked() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String page : Docs.pages()) {
      for (Docs.Command command : Docs.commands(page)) {
        tests.add(
            DynamicTest.dynamicTest(page + ": " + command.line(), () -> covered(page, command)));
      }
    }
    assertThat(tests).as("shell commands in the docs").hasSizeGreaterThan(60);
    return tests.stream();
  }

  @Test
  void theGuideTestsNamedHereExist() {
    for (String test : RUN_BY_GUIDE_TESTS.values()) {
      assertThat(
              root.resolve("cohesion-examples/src/test/java/io/cohesion/examples/cli")
                  .resolve(test + ".java"))
          .as("the guide test " + test)
          .exists();
    }
  }

  private void covered(String page, Docs.Command command) {
    String line = command.withoutComment();
    if (FUZZ.matcher(line).matches()) {
      checkMaven(line);
      return;
    }
    if (RUN_BY_GUIDE_TESTS.containsKey(page)) {
      return;
    }
    if (page.equals(BENCHMARKS)) {
      checkBenchmarkCommand(line);
      return;
    }
    boolean inCi = ci.stream().anyMatch(l -> l.startsWith(line));
    if (page.equals(RELEASE) && !inCi) {
      checkReleaseCommand(line);
      return;
    }
    boolean inGuide =
        RUN_BY_GUIDE_TESTS.keySet().stream()
            .flatMap(guide -> Docs.commands(guide).stream())
            .anyMatch(c -> c.withoutComment().equals(line));
    assertThat(inCi || inGuide)
        .as(
            "'%s' (%s) is run neither by the CI script nor as a command of a page a guide test"
                + " runs",
            line, page)
        .isTrue();
  }

  /**
   * A command of the performance page: its module, program, R script or directory exists, and a
   * program's options are options the program reads; commands of the command line parse.
   */
  private void checkBenchmarkCommand(String command) {
    String line = ENVIRONMENT.matcher(TIME.matcher(command).replaceFirst("")).replaceFirst("");
    line = line.replaceAll("\\s*&$", "").replaceAll("\\s+>\\s*\\S+$", "");
    if (line.startsWith("mvn ")) {
      checkMaven(line);
    } else if (line.startsWith("cd ")) {
      assertThat(root.resolve(line.substring(3).strip())).isDirectory();
    } else if (line.startsWith("Rscript ")) {
      assertThat(root.resolve(line.split("\\s+")[1])).as(command).isRegularFile();
    } else if (line.startsWith("./cohesion ")) {
      String[] args = line.substring("./cohesion ".length()).split("\\s+");
      // Parsing checks the subcommand and every option; the files are made by earlier commands.
      CohesionCli.newCommandLine().parseArgs(args);
    } else if (line.startsWith("java ")) {
      Matcher jmh = JMH.matcher(line);
      if (jmh.find()) {
        String source =
            source("cohesion-benchmarks/src/main/java", jmh.group(2))
                .orElseThrow(() -> new AssertionError("no benchmark " + jmh.group(2)));
        assertThat(source).as(jmh.group(2) + " is a JMH benchmark").contains("@Benchmark");
        return;
      }
      Matcher main = MAIN_CLASS.matcher(line);
      assertThat(main.find()).as("a main class in " + command).isTrue();
      String className = main.group(1);
      String file = className.replace('.', '/') + ".java";
      String source =
          Stream.of("src/main/java", "src/test/java")
              .flatMap(dir -> modules().map(m -> m.resolve(dir).resolve(file)))
              .filter(Files::exists)
              .findFirst()
              .map(Docs::read)
              .orElseThrow(() -> new AssertionError("no source of " + className));
      assertThat(source).as(className).contains("static void main(String[] args)");
      Matcher option = OPTION.matcher(main.group(2));
      while (option.find()) {
        // Read as a flag ("--name") or looked up by its name (given.get("name")).
        String name = Pattern.quote(option.group(1));
        Pattern read = Pattern.compile("\"--" + name + "\"|\\(\\s*\"" + name + "\"");
        assertThat(read.matcher(source).find())
            .as(className + " reads --" + option.group(1))
            .isTrue();
      }
    } else {
      throw new AssertionError("a command this test cannot check: " + command);
    }
  }

  /**
   * A command of the release procedure: a version set with the Versions Maven Plugin that the
   * parent pom pins, a commit, or an annotated tag named after the version it releases.
   */
  private void checkReleaseCommand(String line) {
    if (SET_VERSION.matcher(line).matches()) {
      String pom = Docs.read(root.resolve("pom.xml"));
      assertThat(pom)
          .as("the parent pom pins the plugin of '%s'", line)
          .containsPattern(
              "<groupId>org.codehaus.mojo</groupId>\\s*<artifactId>versions-maven-plugin</artifactId>"
                  + "\\s*<version>[\\d.]+</version>");
      return;
    }
    if (GIT_COMMIT.matcher(line).matches()) {
      return;
    }
    Matcher tag = GIT_TAG.matcher(line);
    assertThat(tag.matches()).as("'%s' is a version, a commit or an annotated tag", line).isTrue();
    assertThat(tag.group(2)).as("the message of " + line).isEqualTo(tag.group(1));
  }

  private void checkMaven(String line) {
    Matcher module = MODULE.matcher(line);
    assertThat(module.find()).as("one module (-pl) in " + line).isTrue();
    Path dir = root.resolve(module.group(1));
    assertThat(dir.resolve("pom.xml")).as(line).exists();
    Matcher test = TEST_NAME.matcher(line);
    if (test.find()) {
      String source =
          source(module.group(1) + "/src/test/java", test.group(1))
              .orElseThrow(() -> new AssertionError("no test " + test.group(1)));
      assertThat(source).as(test.group(1)).contains(" " + test.group(2) + "(");
    }
  }

  /** The source of the class with this simple name under a directory of the root. */
  private Optional<String> source(String dir, String simpleName) {
    try (Stream<Path> files = Files.walk(root.resolve(dir))) {
      return files
          .filter(f -> f.getFileName().toString().equals(simpleName + ".java"))
          .findFirst()
          .map(Docs::read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Stream<Path> modules() {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
