package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code console} example of docs/survey-import.md, in order and as a new user types it,
 * and checks that it prints what the page shows. The imports go to SQLite in a temporary directory
 * instead of ./cohesion-data, without the progress bar; the seconds an import took are the only
 * part of the output not compared.
 */
class SurveyImportGuideTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("```console\\n\\$ \\./cohesion ([^\\n]*)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SECONDS = Pattern.compile(" in \\d+\\.\\d s$", Pattern.MULTILINE);

  private final Path root = Docs.root();

  @Test
  void everyExampleRunsAsShownAndTheImportsAreStored(@TempDir Path dir) {
    String page = Docs.read(root.resolve("docs/survey-import.md"));
    Path data = dir.resolve("cohesion-data");
    Matcher example = EXAMPLE.matcher(page);
    List<String> run = new ArrayList<>();
    while (example.find()) {
      String command = example.group(1);
      String shown = example.group(2);
      List<String> args = new ArrayList<>();
      for (String word : command.split(" ")) {
        args.add(word.startsWith("examples/") ? root.resolve(word).toString() : word);
      }
      if (args.get(0).equals("import")) {
        args.addAll(List.of("--data-dir", data.toString(), "--no-progress"));
      }

      CliRun result = CliRun.run(args.toArray(String[]::new));

      String printed = (result.out() + result.err()).replace(root + "/", "");
      assertThat(seconds(printed)).as(command).isEqualTo(seconds(shown));
      assertThat(result.exit()).as(command).isEqualTo(result.err().isEmpty() ? 0 : 2);
      run.add(command);
    }
    assertThat(run).as("examples in docs/survey-import.md").hasSize(6);
    assertThat(run.get(4))
        .as("the refused draft comes after the imports")
        .contains("mapping-draft");
    assertThat(run.get(5))
        .as("the model on the two exports")
        .startsWith("model ")
        .contains("--mapping")
        .contains("--wish-map-mapping");

    try (Stores stores = Stores.open(new StoreConfig.Sqlite(data))) {
      // LimeSurvey and KoboToolbox into one map; the draft imported nothing.
      assertThat(stores.wishMapResponses().count(new WishMapId("village-wish-map")))
          .isEqualTo(180 + 150);
      assertThat(stores.wishMapResponses().count(new WishMapId("dorpsspiegel-2023")))
          .isEqualTo(240);
    }
  }

  private static String seconds(String text) {
    return SECONDS.matcher(text).replaceAll(" in N s");
  }
}
