package io.cohesion.benchmarks;

import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes the national data set of {@link NationalData} as the files a user gives the command line
 * (docs/cli.md): {@code national-scale.json} and {@code national-responses.csv} with the columns
 * {@code respondent}, {@code neighbourhood} and one per item. Used to time {@code cohesion score
 * --group-by neighbourhood} end to end and to compare with R on the same file.
 *
 * <p>Arguments: {@code DIR [respondents [items [groups]]]}; defaults 1,000,000 × 20 in 13,000.
 */
public final class NationalCsv {
  private NationalCsv() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NationalCsv DIR [respondents [items [groups]]]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int respondents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int groups = args.length > 3 ? Integer.parseInt(args[3]) : 13_000;
    Scale scale = NationalData.scale(items);
    Files.writeString(dir.resolve("national-scale.json"), scaleJson(scale), StandardCharsets.UTF_8);
    Path csv = dir.resolve("national-responses.csv");
    writeResponses(csv, scale, respondents, groups);
    System.err.printf(
        "wrote %s and %s (%d bytes)%n", dir.resolve("national-scale.json"), csv, Files.size(csv));
  }

  /**
   * Writes the responses CSV of {@link NationalData} with its fixed seed: a header {@code
   * respondent,neighbourhood,<items>}, then one row per respondent, a missing answer an empty cell.
   */
  static void writeResponses(Path csv, Scale scale, int respondents, int groups)
      throws IOException {
    int items = scale.items().size();
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("respondent,neighbourhood,");
      out.write(scale.items().stream().map(Item::id).collect(Collectors.joining(",")));
      out.write('\n');
      StringBuilder line = new StringBuilder(128);
      NationalData.forEachRow(
          respondents,
          items,
          groups,
          20240917L,
          (respondent, answers, group) -> {
            line.setLength(0);
            line.append(respondent).append(',').append(group);
            for (double answer : answers) {
              line.append(',');
              if (!Double.isNaN(answer)) {
                line.append((int) answer); // answers are whole numbers 1–5
              }
            }
            line.append('\n');
            try {
              out.append(line);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static String scaleJson(Scale scale) {
    String items =
        scale.items().stream()
            .map(i -> "{\"id\": \"" + i.id() + "\", \"reverse\": " + i.reverse() + "}")
            .collect(Collectors.joining(",\n    "));
    return "{\n  \"id\": \""
        + scale.id()
        + "\",\n  \"response\": {\"min\": 1, \"max\": 5},\n  \"items\": [\n    "
        + items
        + "\n  ]\n}\n";
  }
}
