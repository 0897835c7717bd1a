package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
  void unknownOptionFailsWithNonZeroExit() {
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("--no-such-option")).isNotZero();
  }
}
