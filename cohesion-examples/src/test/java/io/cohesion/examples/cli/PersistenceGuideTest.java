package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the import commands of docs/persistence.md on the files in examples/, into SQLite in a
 * temporary directory instead of ./cohesion-data, and checks that every data row is stored. The
 * command with {@code --jdbc-url} is parsed here; PostgreSQL itself is covered by the persistence
 * module's tests, which need a running server.
 */
class PersistenceGuideTest {
  private static final String PAGE = "docs/persistence.md";

  private final Path root = Docs.root();

  @Test
  void everyImportOfTheGuideStoresEveryRow(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("cohesion-data");
    List<String> imported = new ArrayList<>();
    List<String> parsed = new ArrayList<>();
    for (Docs.Command command : Docs.commands(PAGE)) {
      String line = command.withoutComment();
      if (line.startsWith("export ")) {
        continue;
      }
      assertThat(line).as("a command this test knows").startsWith("./cohesion import ");
      List<String> args = new ArrayList<>();
      for (String word : line.substring("./cohesion ".length()).split("\\s+")) {
        args.add(word.startsWith("examples/") ? root.resolve(word).toString() : word);
      }
      if (args.contains("--jdbc-url")) {
        CohesionCli.newCommandLine().parseArgs(args.toArray(String[]::new));
        parsed.add(line);
        continue;
      }
      args.addAll(List.of("--data-dir", data.toString(), "--no-progress", "--format", "json"));

      CliRun run = CliRun.run(args.toArray(String[]::new));

      assertThat(run.exit()).as(line + "\n" + run.err()).isZero();
      JsonNode answer = run.json();
      long rows = dataRows(args);
      assertThat(answer.get("rows").asLong()).as(line).isEqualTo(rows);
      assertThat(answer.get("imported").asLong()).as(line).isEqualTo(rows);
      assertThat(answer.get("rejected")).as(line).isEmpty();
      imported.add(line);
    }
    assertThat(imported).as("imports run").hasSize(2);
    assertThat(parsed).as("imports into PostgreSQL parsed").hasSize(1);

    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      assertThat(stores.wishMapResponses().count(new WishMapId("village-wish-map"))).isEqualTo(38);
      assertThat(stores.measurementResponses().count(new MeasurementId("before"))).isEqualTo(49);
    }
  }

  /** The rows of the CSV a command imports, header and empty lines not counted. */
  private static long dataRows(List<String> args) {
    Path csv = Path.of(args.get(args.indexOf("--data") + 1));
    return Arrays.stream(Docs.read(csv).split("\\R")).skip(1).filter(l -> !l.isBlank()).count();
  }
}
