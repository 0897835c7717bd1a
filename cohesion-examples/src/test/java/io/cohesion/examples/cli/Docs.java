package io.cohesion.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The README and the pages under docs/, read as the tests that run their commands need them. */
final class Docs {
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w*)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  private Docs() {}

  /**
   * One shell command of a page: its text with continuation lines joined by a line break, and the
   * answer the page shows under it in {@code #} comment lines (without the {@code #}), if any.
   */
  record Command(String page, String text, List<String> shown) {
    /** The command on one line, as the shell reads it. */
    String line() {
      return text.replaceAll("\\\\\\n\\s*", " ").replaceAll("\\|\\n\\s*", "| ").strip();
    }

    /** The command without a comment at the end of its last line. */
    String withoutComment() {
      return line().replaceAll("\\s+#\\s.*$", "");
    }

    /** The answer shown under the command, its lines joined without their indentation. */
    String shownAnswer() {
      return String.join("", shown.stream().map(String::strip).toList());
    }
  }

  /** The root of the repository, from the module's or the root's working directory. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("docs")) ? here : here.getParent();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** README.md and every page under docs/, relative to the root. */
  static List<String> pages() {
    try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
      List<String> pages = new ArrayList<>(List.of("README.md", "CONTRIBUTING.md"));
      docs.map(p -> "docs/" + p.getFileName())
          .filter(p -> p.endsWith(".md"))
          .sorted()
          .forEach(pages::add);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every shell command of a page: the lines of its {@code sh} and {@code bash} blocks, and of its
   * {@code console} blocks the lines after {@code $ }. A line ending in {@code \} or {@code |} goes
   * on in the next; a comment line under a command is the answer the page shows for it.
   */
  static List<Command> commands(String page) {
    String text = read(root().resolve(page));
    List<Command> commands = new ArrayList<>();
    Matcher block = FENCE.matcher(text);
    while (block.find()) {
      String language = block.group(1);
      List<String> lines = block.group(2).lines().toList();
      if (language.equals("console")) {
        lines.stream()
            .filter(l -> l.startsWith("$ "))
            .forEach(l -> commands.add(new Command(page, l.substring(2), List.of())));
      } else if (language.equals("sh") || language.equals("bash")) {
        commands.addAll(split(page, lines));
      }
    }
    return commands;
  }

  private static List<Command> split(String page, List<String> lines) {
    List<Command> commands = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> shown = new ArrayList<>();
    boolean goesOn = false;
    for (String line : lines) {
      String stripped = line.strip();
      if (!goesOn && (stripped.isEmpty() || stripped.startsWith("#"))) {
        if (stripped.startsWith("#") && text.length() > 0) {
          shown.add(stripped.substring(1));
        } else if (stripped.isEmpty() && text.length() > 0) {
          commands.add(new Command(page, text.toString(), List.copyOf(shown)));
          text.setLength(0);
          shown.clear();
        }
        continue;
      }
      if (!goesOn && text.length() > 0) {
        commands.add(new Command(page, text.toString(), List.copyOf(shown)));
        text.setLength(0);
        shown.clear();
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
      String code = line.replaceAll("\\s+#\\s.*$", "").stripTrailing();
      goesOn = code.endsWith("\\") || code.endsWith("|") || opensQuote(text.toString());
    }
    if (text.length() > 0) {
      commands.add(new Command(page, text.toString(), List.copyOf(shown)));
    }
    return commands;
  }

  /**
   * The answer a page shows as a pattern: "…" stands for anything, and so does each quoted value of
   * {@code examples}. When {@code capture} is given, that quoted value of the shown answer becomes
   * the pattern's first group.
   */
  static Pattern shownAsPattern(String shown, Set<String> examples, String capture) {
    for (String example : examples) {
      if (!example.equals(capture)) {
        shown = shown.replace("\"" + example + "\"", "\"…\"");
      }
    }
    StringBuilder regex = new StringBuilder();
    String[] parts = shown.split("…", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*?");
      }
      String part = parts[i];
      if (capture != null && part.contains("\"" + capture + "\"")) {
        int at = part.indexOf("\"" + capture + "\"");
        regex
            .append(Pattern.quote(part.substring(0, at)))
            .append("\"([^\"]*)\"")
            .append(Pattern.quote(part.substring(at + capture.length() + 2)));
        capture = null;
      } else if (!part.isEmpty()) {
        regex.append(Pattern.quote(part));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** True while a single-quoted argument (a JSON body over several lines) is still open. */
  private static boolean opensQuote(String text) {
    return text.chars().filter(c -> c == '\'').count() % 2 == 1;
  }
}
