package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CohesionCliTest {

  @Test
  void versionNamesTheBuiltVersion() {
    StringWriter out = new StringWriter();
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--version");

    assertThat(exit).isZero();
    assertThat(out.toString()).matches("cohesion \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\s*");
  }

  @Test
  void helpListsTheCommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Usage: cohesion").contains("--version");
  }

  @Test
  void everyCommandsHelpFormatsCleanly() {
    // picocli treats descriptions as format strings: a lone '%' only shows as a warning on stderr.
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      CommandLine cli = CohesionCli.newCommandLine();
      assertThat(cli.getSubcommands()).containsKeys("score", "red-thread", "compare", "demo");
      for (CommandLine sub : cli.getSubcommands().values()) {
        sub.getUsageMessage();
      }
    } finally {
      System.setErr(originalErr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void unknownOptionFailsWithNonZeroExit() {
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("--no-such-option")).isNotZero();
  }

  @Test
  void aRunBuildsOnlyTheCommandItNames() {
    assertThat(CohesionCli.newCommandLine(new String[] {"score", "--help"}).getSubcommands())
        .containsOnlyKeys("score");
    assertThat(CohesionCli.newCommandLine(new String[] {"--help"}).getSubcommands())
        .containsOnlyKeys(
            "help", "demo", "score", "red-thread", "compare", "model", "import", "serve");
    assertThat(CohesionCli.newCommandLine(new String[] {"scor"}).getSubcommands()).hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "score --help",
        "score --no-such-option",
        "score --scale",
        "red-thread --help",
        "compare --help",
        "model --help",
        "import --help",
        "import --format xml",
        "serve --help",
        "serve --port nine",
        "demo --help",
        "demo nowhere",
        "help score",
        "scor --help",
        "--help",
        "",
      })
  void runsAsWithEveryCommandRegistered(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    CliRun lazy = run(CohesionCli.newCommandLine(args), args);
    CliRun full = run(CohesionCli.newCommandLine(), args);

    assertThat(lazy).isEqualTo(full);
    assertThat(lazy.out() + lazy.err()).contains("cohesion");
  }

  private static CliRun run(CommandLine cli, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Test
  void theWarmUpScoresItsScaleWithoutFailing() throws Exception {
    // on its own thread a failure would go unseen: here it fails the test
    WarmUp.run();
  }
}
