package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code console} example of docs/cli.md on the files in examples/ and checks that the
 * command prints exactly what the guide shows, every digit of its JSON included, so the guide
 * cannot drift from the program.
 */
class CommandLineGuideTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("```console\\n\\$ \\./cohesion ([^\\n]*)\\n(.*?)```", Pattern.DOTALL);

  private static Path root() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.exists(module.resolve("docs/cli.md")) ? module : module.getParent();
    assertThat(root.resolve("docs/cli.md")).exists();
    return root;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheGuidePrintsWhatTheGuideShows() throws IOException {
    Path root = root();
    String guide = Files.readString(root.resolve("docs/cli.md"));
    List<DynamicTest> tests = new ArrayList<>();
    Matcher example = EXAMPLE.matcher(guide);
    while (example.find()) {
      String command = example.group(1);
      String shown = example.group(2);
      tests.add(DynamicTest.dynamicTest(command, () -> check(root, command, shown)));
    }
    assertThat(tests).as("examples in docs/cli.md").hasSizeGreaterThanOrEqualTo(6);
    return tests.stream();
  }

  private static void check(Path root, String command, String shown) {
    String[] args =
        Arrays.stream(command.split(" "))
            .map(arg -> arg.startsWith("examples/") ? root.resolve(arg).toString() : arg)
            .toArray(String[]::new);

    CliRun run = CliRun.run(args);

    String printed = (run.out() + run.err()).replace(root + "/", "");
    if (shown.startsWith("{")) {
      assertThat(run.json()).as("one JSON document on stdout").isNotNull();
    }
    // Every character, digits included: the page promises what a reader sees.
    assertThat(printed).isEqualTo(shown);
    assertThat(run.exit()).isEqualTo(run.err().isEmpty() ? 0 : 2);
  }
}
