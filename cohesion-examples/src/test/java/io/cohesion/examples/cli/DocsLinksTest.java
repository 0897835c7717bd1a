package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every link of the README, the changelog, the contributing guide and the pages under docs/ that
 * points into the repository reaches a file, and its {@code #anchor} a heading of that file, as a
 * reader following it on a code host gets there.
 */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern FENCE = Pattern.compile("^```");

  private final Path root = Docs.root();

  @TestFactory
  Stream<DynamicTest> everyLinkIntoTheRepositoryResolves() {
    List<String> pages = new ArrayList<>(Docs.pages());
    pages.add("CHANGELOG.md");
    List<DynamicTest> tests = new ArrayList<>();
    for (String page : pages) {
      for (String target : links(Docs.read(root.resolve(page)))) {
        if (target.matches("^[a-z]+:.*")) {
          continue; // https:, mailto: — outside the repository
        }
        tests.add(DynamicTest.dynamicTest(page + " → " + target, () -> resolves(page, target)));
      }
    }
    assertThat(tests).as("links into the repository").hasSizeGreaterThan(50);
    return tests.stream();
  }

  @Test
  void anchorsAreTheSlugsACodeHostMakesOfHeadings() {
    assertThat(
            anchors("# Versioning and compatibility\n## 5.3 Red thread\n### `score`, at scale\n"))
        .containsExactlyInAnyOrder(
            "versioning-and-compatibility", "53-red-thread", "score-at-scale");
    assertThat(anchors("```\n# not a heading\n```\n## Twice\n## Twice\n"))
        .containsExactlyInAnyOrder("twice", "twice-1");
  }

  private void resolves(String page, String target) {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path here = root.resolve(page);
    Path resolved = file.isEmpty() ? here : here.getParent().resolve(file).normalize();
    assertThat(resolved).as("%s links to %s", page, target).exists();
    if (hash >= 0 && resolved.toString().endsWith(".md")) {
      assertThat(anchors(Docs.read(resolved)))
          .as("%s links to %s: a heading of %s", page, target, resolved.getFileName())
          .contains(target.substring(hash + 1));
    }
  }

  private static List<String> links(String markdown) {
    List<String> found = new ArrayList<>();
    boolean code = false;
    for (String line : markdown.split("\n")) {
      if (FENCE.matcher(line).find()) {
        code = !code;
        continue;
      }
      if (code) {
        continue;
      }
      Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (link.find()) {
        found.add(link.group(1));
      }
    }
    return found;
  }

  /** The anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    boolean code = false;
    for (String line : markdown.split("\n")) {
      if (FENCE.matcher(line).find()) {
        code = !code;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (code || !heading.matches()) {
        continue;
      }
      String slug =
          heading
              .group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
              .replace(' ', '-');
      String anchor = slug;
      for (int n = 1; !anchors.add(anchor); n++) {
        anchor = slug + "-" + n;
      }
    }
    return anchors;
  }
}
