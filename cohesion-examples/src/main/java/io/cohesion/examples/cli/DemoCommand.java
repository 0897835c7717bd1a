package io.cohesion.examples.cli;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.examples.scenario.RunSettings;
import io.cohesion.examples.scenario.Scenario;
import io.cohesion.examples.scenario.Scenarios;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.TextRenderer;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cohesion demo [nij-beets|zuiderburen|ketelhuis]}: runs a pilot scenario on synthetic data
 * end to end and prints the workshop report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a pilot scenario end to end on synthetic data, on an embedded SQLite store in a"
          + " temporary directory, and prints the workshop report:"
          + " the red thread, the key segment, the networks, the activity ideas ranked by fit,"
          + " engagement and trust before and after.",
      "The data are synthetic: they follow the pilot's published story, not its survey."
    },
    exitCodeOnInvalidInput = 2)
public final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "nij-beets",
      paramLabel = "SCENARIO",
      description = "The pilot: nij-beets (default), zuiderburen or ketelhuis.")
  String scenario;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed of the synthetic data (default: the scenario's own).")
  Long seed;

  @Option(
      names = "--bootstrap",
      paramLabel = "B",
      defaultValue = "1000",
      description = "Bootstrap resamples for pTopK (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--in-memory",
      description = "Keep the data in memory instead of an SQLite store in a temporary directory.")
  boolean inMemory;

  @Option(
      names = "--ascii",
      description = "Draw bars with '#' and print ASCII only (default when stdout is not UTF-8).")
  boolean ascii;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Scenario> chosen = Scenarios.byName(scenario.toLowerCase(Locale.ROOT));
    if (chosen.isEmpty()) {
      err.println(
          "cohesion demo: unknown scenario '"
              + scenario
              + "'; choose one of "
              + String.join(", ", Scenarios.names()));
      return 2;
    }
    if (bootstrap < 0) {
      err.println("cohesion demo: --bootstrap must be 0 or more, got " + bootstrap);
      return 2;
    }
    Scenario pilot = chosen.get();
    RunSettings settings =
        new RunSettings(
            seed == null ? pilot.defaultSeed() : seed, bootstrap, RunSettings.DEFAULT_K_MIN);
    Report report;
    try {
      report = inMemory ? runInMemory(pilot, settings) : runOnSqlite(pilot, settings);
    } catch (IOException e) {
      err.println("cohesion demo: cannot use a temporary directory: " + e.getMessage());
      return 1;
    }
    TextRenderer.Glyphs glyphs =
        ascii || !stdoutIsUtf8() ? TextRenderer.Glyphs.ASCII : TextRenderer.Glyphs.UNICODE;
    PrintWriter out = spec.commandLine().getOut();
    out.print(TextRenderer.of(glyphs).render(report));
    out.flush();
    return 0;
  }

  private static Report runInMemory(Scenario pilot, RunSettings settings) {
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      return pilot.run(cohesion(stores, settings), settings);
    }
  }

  /** Runs on the embedded SQLite store in a temporary directory, removed afterwards. */
  private static Report runOnSqlite(Scenario pilot, RunSettings settings) throws IOException {
    Path dir = Files.createTempDirectory("cohesion-demo-");
    try {
      try (Stores stores = Stores.open(new StoreConfig.Sqlite(dir))) {
        return pilot.run(cohesion(stores, settings), settings);
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** The use cases over {@code stores}, releasing figures under the run's {@code kMin}. */
  private static Cohesion cohesion(Stores stores, RunSettings settings) {
    return Cohesion.builder(stores, Clock.systemUTC())
        .disclosure(new DisclosurePolicy(settings.kMin()))
        .build();
  }

  /** Whether stdout prints UTF-8, judged the way the JVM chose its encoding. */
  static boolean stdoutIsUtf8() {
    String encoding = System.getProperty("stdout.encoding");
    if (encoding == null) {
      encoding = System.getProperty("sun.stdout.encoding");
    }
    if (encoding == null) {
      encoding = Charset.defaultCharset().name();
    }
    String name = encoding.toUpperCase(Locale.ROOT);
    return name.equals("UTF-8") || name.equals("UTF8");
  }
}
