package io.cohesion.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The modules the README's table and docs/architecture.md name are the modules of the parent pom: a
 * module added or removed shows up in both pages.
 */
class ModulesInDocsTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\| `(cohesion-[\\w-]+)` \\|", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("built in (\\w+) Maven modules");
  private static final List<String> NUMBERS =
      List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** The repository's root, from the module's directory or the root itself. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("docs")) ? here : here.getParent();
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> modules() throws IOException {
    List<String> modules = all(MODULE, Files.readString(root().resolve("pom.xml")));
    assertThat(modules).as("modules of the parent pom").isNotEmpty();
    return modules;
  }

  @Test
  void theReadmeTablesEveryModuleOfTheParentPomOnce() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    String table = readme.substring(readme.indexOf("## Modules"));

    assertThat(all(TABLE_ROW, table)).containsExactlyInAnyOrderElementsOf(modules());
  }

  @Test
  void theArchitecturePageCountsAndNamesEveryModule() throws IOException {
    String page = Files.readString(root().resolve("docs/architecture.md"));
    List<String> modules = modules();
    Matcher count = COUNT.matcher(page);

    assertThat(count.find()).as("docs/architecture.md says how many modules there are").isTrue();
    assertThat(NUMBERS.indexOf(count.group(1))).as(count.group()).isEqualTo(modules.size());
    for (String module : modules) {
      assertThat(page).as("docs/architecture.md names " + module).contains("`" + module + "`");
    }
  }
}
