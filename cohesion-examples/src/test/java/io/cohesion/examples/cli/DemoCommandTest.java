package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.examples.scenario.Synthetic;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void withoutAnArgumentItReportsNijBeets() {
    int exit = run("demo", "--bootstrap", "50");

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Workshop report: Nij Beets").contains("synthetic");
  }

  @Test
  void itSaysTheDataAreSynthetic() {
    run("demo", "--bootstrap", "50");

    assertThat(out.toString().replaceAll("\\s+", " ")).contains(Synthetic.NOTICE);
  }

  @Test
  void zuiderburenRunsToo() {
    int exit = run("demo", "zuiderburen", "--bootstrap", "50");

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Workshop report: Zuiderburen");
  }

  @Test
  void anUnknownScenarioFailsWithOneLineNamingTheChoices() {
    int exit = run("demo", "atlantis");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("atlantis", "nij-beets", "zuiderburen");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void asciiPrintsOnlyAscii() {
    int exit = run("demo", "--ascii", "--bootstrap", "50");

    assertThat(exit).isZero();
    assertThat(out.toString().chars()).allMatch(c -> c < 128);
  }

  @Test
  void theSameSeedPrintsTheSameReport() {
    run("demo", "--seed", "7", "--bootstrap", "50");
    String first = out.toString();
    out.getBuffer().setLength(0);

    run("demo", "--seed", "7", "--bootstrap", "50");

    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void helpNamesTheScenarios() {
    int exit = run("demo", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("nij-beets", "zuiderburen", "ketelhuis");
  }
}
