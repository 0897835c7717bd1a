package io.cohesion.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/scenarios.md as a reader copies it: its {@code java} block, with the imports it shows, is
 * compiled as the body of a method against the modules and run, and what it prints must be the
 * scenario's report.
 */
class ScenariosPageTest {
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);
  private static final String PACKAGE = "org.example.snippets";

  /** The page, from the module's directory or the repository's root. */
  static Path page() {
    Path fromModule = Path.of("..", "docs", "scenarios.md");
    return Files.exists(fromModule) ? fromModule : Path.of("docs", "scenarios.md");
  }

  /**
   * The page's {@code java} blocks as source files: a block's imports stay imports, and the
   * statements after them become the body of a static {@code run()} of a class of their own, on the
   * same lines as on the page so that the compiler's errors name the page's lines.
   */
  static List<EmbeddingPageTest.Source> snippets(String page) {
    List<EmbeddingPageTest.Source> found = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(page);
    while (block.find()) {
      String name = "Snippet" + (found.size() + 1);
      List<String> lines = new ArrayList<>(block.group(1).lines().toList());
      int body = 0;
      while (body < lines.size()
          && (lines.get(body).isBlank() || lines.get(body).startsWith("import "))) {
        body++;
      }
      assertThat(body)
          .as("statements in the block " + name + " of " + page())
          .isLessThan(lines.size());
      lines.set(
          body,
          "public final class "
              + name
              + " { public static void run() throws Exception { "
              + lines.get(body));
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " } }");
      lines.set(0, "package " + PACKAGE + "; " + lines.get(0));
      int firstLine = (int) page.substring(0, block.start(1)).lines().count() + 1;
      found.add(
          new EmbeddingPageTest.Source(
              PACKAGE + "." + name, String.join("\n", lines) + "\n", firstLine));
    }
    return found;
  }

  @Test
  void theCodeOfThePageCompilesAndPrintsTheReport(@TempDir Path classes) throws Exception {
    List<EmbeddingPageTest.Source> snippets = snippets(Files.readString(page()));
    assertThat(snippets).as("java blocks in " + page()).isNotEmpty();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader compiled = EmbeddingPageTest.compile(page(), snippets, classes)) {
      for (EmbeddingPageTest.Source snippet : snippets) {
        run(compiled.loadClass(snippet.className()), printed);
      }
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("Workshop report: Nij Beets")
        .contains("What differs for young parents");
  }

  /** Runs a snippet with {@code System.out} going to {@code printed}. */
  private static void run(Class<?> snippet, ByteArrayOutputStream printed) throws Exception {
    PrintStream out = System.out;
    try (PrintStream into = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(into);
      snippet.getMethod("run").invoke(null);
    } finally {
      System.setOut(out);
    }
  }
}
