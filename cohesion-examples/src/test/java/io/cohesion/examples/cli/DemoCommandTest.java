package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.examples.scenario.Synthetic;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
  private static final String[] SECTIONS = {
    "The data",
    "The red thread: values ranked by urgency",
    "Where people already move for",
    "Activity ideas ranked by fit",
    "Engagement",
    "Trust before and after"
  };

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CohesionCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void withoutAnArgumentItReportsNijBeetsOnTheEmbeddedStore() {
    int exit = run("demo", "--bootstrap", "50");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("Workshop report: Nij Beets")
        .contains(SECTIONS)
        .contains("What differs for young parents")
        .contains("speelweek")
        .containsPattern("Trust rose by \\d\\.\\d\\d on a 5-point scale, 95% CI");
  }

  @Test
  void itSaysTheDataAreSynthetic() {
    run("demo", "--in-memory", "--bootstrap", "50");

    assertThat(out.toString().replaceAll("\\s+", " ")).contains(Synthetic.NOTICE);
  }

  @Test
  void zuiderburenRunsToo() {
    int exit = run("demo", "zuiderburen", "--in-memory", "--bootstrap", "50");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("Workshop report: Zuiderburen")
        .contains(SECTIONS)
        .contains("What differs for families", "basisschool", "One wave so far");
  }

  @Test
  void ketelhuisReportsTheWiderApproach() {
    int exit = run("demo", "ketelhuis", "--in-memory");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("Workshop report: KetelhuisWG")
        .contains(
            "Principles and the market consultation",
            "Contact persons per building",
            "Neighbourhood meetings",
            "Engagement funnel",
            "Critical voices by theme",
            "in progress",
            "meter cupboard",
            "What it means for me",
            "Results shown to residents");
    assertThat(out.toString().split("PARTNER", -1)).hasSize(5);
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
  void asciiPrintsOnlyAsciiWithHashBars() {
    int exit = run("demo", "--ascii", "--in-memory", "--bootstrap", "50");

    assertThat(exit).isZero();
    assertThat(out.toString().chars()).allMatch(c -> c < 128);
    assertThat(out.toString()).contains("####");
  }

  @Test
  void theSameSeedPrintsTheSameReport() {
    run("demo", "--seed", "7", "--in-memory", "--bootstrap", "50");
    String first = out.toString();
    out.getBuffer().setLength(0);

    run("demo", "--seed", "7", "--in-memory", "--bootstrap", "50");

    assertThat(out.toString()).isEqualTo(first).contains("Seed 7.");
  }

  @Test
  void helpNamesTheScenarios() {
    int exit = run("demo", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("nij-beets", "zuiderburen", "ketelhuis");
  }
}
