package io.cohesion.examples.cli;

import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.WaveComparison;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cohesion compare}: two waves of one scale, before and after an activity. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = CohesionCli.Version.class,
    sortOptions = false,
    description = {
      "Compares two waves of a scale, after − before: all person scores as independent samples"
          + " (difference, Welch 95%% CI and df, Hedges' g) and the respondents present in both"
          + " waves, linked by the 'respondent' column, as pairs (mean difference, paired 95%% CI,"
          + " d_z).",
      ""
    },
    footer = {
      "",
      "Both CSVs follow the scale's format (see 'cohesion score --help'); rows are numbered with"
          + " the header as row 1.",
      "JSON (--format json): {independent: {nBefore, nAfter, meanBefore, meanAfter, difference,"
          + " ci95, welchDf, hedgesG}, paired: {nPairs, meanDifference, ci95, dz}}; a 95%% CI is"
          + " [lower, upper]; undefined figures are null; paired is null with fewer than two"
          + " pairs.",
      "Exit codes: 0 done, 2 bad input (one line on stderr), 1 unexpected failure."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      required = true,
      paramLabel = "FILE",
      description = "The scale file (JSON).")
  Path scaleFile;

  @Option(
      names = "--before",
      required = true,
      paramLabel = "CSV",
      description = "The responses of the first wave.")
  Path before;

  @Option(
      names = "--after",
      required = true,
      paramLabel = "CSV",
      description = "The responses of the second wave.")
  Path after;

  @Mixin CsvOptions csvOptions;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws IOException {
    Scale scale = ScaleFile.read(scaleFile);
    Progress progress = new Progress(spec.commandLine().getErr(), "compare");
    ScaleData first = ScaleDataFiles.read(scale, before, csvOptions.format(spec), null, progress);
    ScaleData second = ScaleDataFiles.read(scale, after, csvOptions.format(spec), null, progress);
    WaveComparison comparison = CompareWaves.compare(first, second);

    PrintWriter out = spec.commandLine().getOut();
    if (format.format == OutputFormat.json) {
      ResultJson.write(ResultJson.waveComparison(comparison), out);
    } else {
      Tables.waveComparison(
          out,
          "Scale " + scale.id() + ": " + before + " (before) and " + after + " (after)",
          comparison);
      out.flush();
    }
    return 0;
  }
}
