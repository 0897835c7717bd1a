package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command exits as docs/cli.md#exit-codes-and-errors says: 2 and one line on stderr for input
 * it cannot use, 1 for a failure that is not the input's.
 */
class ExitCodesTest {
  @TempDir static Path dir;

  /** Every command of the command line, so that a new one is checked without a line here. */
  static Stream<String> commands() {
    return CohesionCli.newCommandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anUnknownOptionIsBadInput(String command) {
    CliRun run = CliRun.run(command, "--no-such-option");

    assertThat(run.exit()).as(run.err()).isEqualTo(Failures.BAD_INPUT);
    assertThat(run.err()).startsWith("cohesion " + command + ": ");
  }

  /** Each command given a file that is not there, with everything else it needs. */
  static Stream<Arguments> missingFiles() {
    String missing = dir.resolve("missing.csv").toString();
    String store = dir.resolve("store").toString();
    String wishMap = fixture("village-wish-map.json");
    String scale = fixture("trust-scale.json");
    return Stream.of(
        Arguments.of(List.of("score", "--scale", scale, "--data", missing)),
        Arguments.of(List.of("red-thread", "--wish-map", wishMap, "--data", missing)),
        Arguments.of(List.of("compare", "--scale", scale, "--before", missing, "--after", missing)),
        Arguments.of(
            List.of(
                "import",
                "--wish-map-file",
                wishMap,
                "--data",
                missing,
                "--data-dir",
                store,
                "--no-progress")));
  }

  @ParameterizedTest
  @MethodSource("missingFiles")
  void aFileThatIsNotThereIsBadInput(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isEqualTo(Failures.BAD_INPUT);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("cohesion " + args.get(0) + ": ").contains("missing.csv");
  }

  @Test
  void aFailureThatIsNotTheInputsIsOne() {
    StringWriter err = new StringWriter();
    CommandLine cli = CohesionCli.newCommandLine().getSubcommands().get("score");
    cli.setErr(new PrintWriter(err, true));

    int exit =
        new Failures().handleExecutionException(new IllegalStateException("a bug"), cli, null);

    assertThat(exit).isEqualTo(Failures.UNEXPECTED);
    assertThat(err.toString()).startsWith("cohesion score: unexpected failure: ");
  }
}
