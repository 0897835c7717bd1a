package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md as an operator runs it: its SQLite commands, in order, with the {@code
 * sqlite3} shell in a directory whose store is open and has answers still in its WAL, as a running
 * server's has; every backup they make is then opened as a store and holds every answer. Its
 * PostgreSQL commands are checked, not run (they would dump the shared test database): each program
 * exists and takes every option the page gives it. Skipped, with a message, where {@code bash} or
 * {@code sqlite3} are missing.
 */
class OperationsGuideTest {
  private static final String PAGE = "docs/operations.md";
  private static final Pattern OPTION = Pattern.compile("\\s(--[a-z][a-z-]*)");
  private static final List<String> POSTGRES_PROGRAMS =
      List.of("pg_dump", "pg_restore", "createdb", "pg_basebackup", "psql");

  private final Path root = Docs.root();

  @Test
  void theSqliteBackupsOfARunningStoreHoldEveryAnswer(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("bash") && onPath("sqlite3"), "bash and sqlite3 are needed to run " + PAGE);
    Path data = dir.resolve("cohesion-data");
    List<String> run = new ArrayList<>();

    // A store held open, as by a running server, while answers are imported: they stay in the WAL.
    try (Stores server = Stores.open(new StoreConfig.Sqlite(data))) {
      importExamples(data);
      assertThat(data.resolve("cohesion.db-wal")).as("answers in the WAL").isNotEmptyFile();

      for (Docs.Command command : Docs.commands(PAGE)) {
        String line = command.withoutComment();
        if (isPostgres(line)) {
          continue;
        }
        Process process = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(line).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(line + "\n" + err).isZero();
        if (!command.shown().isEmpty()) {
          assertThat(out.strip()).as(line).isEqualTo(command.shownAnswer());
        }
        run.add(line);
      }
    }
    assertThat(run).as("SQLite commands run").hasSize(5);

    assertHoldsEveryAnswer(dir.resolve("restored"));
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages);
    Files.copy(dir.resolve("backups/cohesion-pages.db"), pages.resolve("cohesion.db"));
    assertHoldsEveryAnswer(pages);
  }

  @Test
  void thePostgresCommandsUseOptionsTheirProgramsTake() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Docs.Command command : Docs.commands(PAGE)) {
      String line = command.withoutComment();
      if (!isPostgres(line)) {
        continue;
      }
      String program = line.split("\\s+")[0];
      assertThat(POSTGRES_PROGRAMS).as(line).contains(program);
      assumeTrue(onPath(program), program + " is needed to check " + PAGE);
      Process help = new ProcessBuilder(program, "--help").redirectErrorStream(true).start();
      String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Matcher option = OPTION.matcher(line);
      while (option.find()) {
        assertThat(text).as("%s takes %s", program, option.group(1)).contains(option.group(1));
      }
      checked.add(line);
    }
    assertThat(checked).as("PostgreSQL commands checked").hasSize(4);
  }

  private void importExamples(Path data) {
    List<List<String>> imports =
        List.of(
            List.of(
                "import",
                "--wish-map-file",
                "examples/wish-map.json",
                "--data",
                "examples/wish-map-responses.csv"),
            List.of(
                "import",
                "--measurement",
                "before",
                "--scale-file",
                "examples/social-cohesion.json",
                "--neighbourhood",
                "village",
                "--wave",
                "before",
                "--opened",
                "2024-05-01",
                "--group-by",
                "neighbourhood",
                "--data",
                "examples/cohesion-before.csv"));
    for (List<String> words : imports) {
      List<String> args = new ArrayList<>();
      for (String word : words) {
        args.add(word.startsWith("examples/") ? root.resolve(word).toString() : word);
      }
      args.addAll(List.of("--data-dir", data.toString(), "--no-progress", "--format", "json"));
      CliRun run = CliRun.run(args.toArray(String[]::new));
      assertThat(run.exit()).as(run.err()).isZero();
    }
  }

  private static void assertHoldsEveryAnswer(Path dataDir) {
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(dataDir))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("village-wish-map"))).isEqualTo(38);
      assertThat(stores.measurementResponses().count(new MeasurementId("before"))).isEqualTo(49);
    }
  }

  private static boolean isPostgres(String line) {
    return POSTGRES_PROGRAMS.contains(line.split("\\s+")[0]);
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
