package io.cohesion.examples.cli;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.SurveyMapping;
import io.cohesion.rest.mapping.WishMapFile;
import io.cohesion.rest.mapping.WishMapResponsesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cohesion red-thread}: the most urgent shared values, for whom, and where people meet. */
@Command(
    name = "red-thread",
    mixinStandardHelpOptions = true,
    versionProvider = CohesionCli.Version.class,
    sortOptions = false,
    description = {
      "Finds the red thread in the responses to a wish map: per value the importance,"
          + " satisfaction, urgency, top-choice share, Borda points, rank and the bootstrap"
          + " share of resamples in which it ranks in the top choices (pTopK); Kendall's W; the"
          + " same per segment under the small-group rule; and the networks people take part in.",
      ""
    },
    footer = {
      "",
      "The CSV has a header row (separator and encoding detected, as for score): imp.<code>"
          + " (with an importance scale) and (with a"
          + " satisfaction scale) sat.<code> for every value, top1..topN, a column per segment,"
          + " networks (';'-separated), willingness (1-5), wish and respondent. An empty cell is a"
          + " missing answer; decimals use a point, or a comma when ',' does not separate cells."
          + " Errors name the row as a spreadsheet shows it"
          + " (the header is row 1) and the column. With --mapping the CSV is an existing"
          + " survey's export instead (docs/survey-import.md).",
      "Without an importance scale, urgency is dissatisfaction alone, and the report says so.",
      "JSON (--format json): {n, kendallW, urgencyBasis, urgencyNote, values, segments,"
          + " networks}; undefined figures are"
          + " null; a suppressed segment is {column, value, suppressed: true}.",
      "Exit codes: 0 done, 2 bad input (one line on stderr), 1 unexpected failure."
    })
final class RedThreadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--wish-map",
      required = true,
      paramLabel = "FILE",
      description = "The wish map file (JSON).")
  Path wishMapFile;

  @Option(names = "--data", required = true, paramLabel = "CSV", description = "The responses CSV.")
  Path data;

  @Option(
      names = "--segment",
      paramLabel = "COLUMN",
      description =
          "A column to split by; repeat for more. Without it, every segment column of the wish"
              + " map is used. A column the wish map does not list may be named too.")
  List<String> segments = new ArrayList<>();

  @Mixin KMinOption kMin;

  @Option(
      names = "--bootstrap",
      paramLabel = "B",
      defaultValue = "" + RedThreadOptions.DEFAULT_BOOTSTRAP,
      description =
          "Bootstrap resamples for pTopK; 0 leaves pTopK out (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + RedThreadOptions.DEFAULT_SEED,
      description =
          "The seed of the bootstrap; the same seed gives the same figures (default:"
              + " ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--urgency",
      paramLabel = "NAME",
      defaultValue = RedThreadOptions.DEFAULT_URGENCY,
      description = "The urgency strategy, by name (default: ${DEFAULT-VALUE}).")
  String urgency;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (docs/survey-import.md): the data is an existing survey's export whose"
              + " columns and answer texts the mapping turns into the wish map's.")
  Path mapping;

  @Mixin CsvOptions csvOptions;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws IOException {
    SmallGroupRule rule = kMin.rule(spec);
    if (bootstrap < 0) {
      throw new ParameterException(
          spec.commandLine(), "--bootstrap must be 0 or more, got " + bootstrap);
    }
    WishMap declared = WishMapFile.read(wishMapFile);
    List<String> columns = segments.isEmpty() ? declared.segments() : List.copyOf(segments);
    WishMap map = withSegments(declared, columns);
    RedThreadOptions options =
        new RedThreadOptions(columns, Audience.rawData(rule.kMin()), bootstrap, seed, urgency);
    RedThread redThread;
    if (mapping != null) {
      List<WishMapResponse> responses =
          MappedResponsesCsv.forWishMap(map, SurveyMapping.read(mapping))
              .format(csvOptions.format(spec))
              .readAll(data);
      redThread = RedThreadAnalysis.analyse(map, responses, options);
    } else {
      // Columns instead of an object per response: a million rows fit in a fraction of the heap.
      WishMapColumns answers =
          WishMapResponsesCsv.forWishMap(map)
              .format(csvOptions.format(spec))
              .onProgress(new Progress(spec.commandLine().getErr(), "red-thread"))
              .readColumns(data);
      redThread = RedThreadAnalysis.analyse(answers, options);
    }

    PrintWriter out = spec.commandLine().getOut();
    if (format.format == OutputFormat.json) {
      ResultJson.write(ResultJson.redThread(redThread), out);
    } else {
      Tables.redThread(out, "Wish map " + map.id() + " on " + data, redThread, rule.kMin());
      out.flush();
    }
    return 0;
  }

  /** The wish map with the extra segment columns asked for on the command line. */
  private WishMap withSegments(WishMap map, List<String> columns) {
    Set<String> asked = new HashSet<>();
    for (String column : columns) {
      if (!asked.add(column)) {
        throw new ParameterException(spec.commandLine(), "--segment " + column + " is given twice");
      }
    }
    Set<String> all = new LinkedHashSet<>(map.segments());
    all.addAll(columns);
    if (all.size() == map.segments().size()) {
      return map;
    }
    try {
      return new WishMap(
          map.id(),
          map.values(),
          map.importanceScale(),
          map.satisfactionScale(),
          map.topChoices(),
          List.copyOf(all),
          map.mobilisation(),
          List.of());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--segment: " + e.getMessage());
    }
  }
}
