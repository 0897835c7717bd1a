package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
}
