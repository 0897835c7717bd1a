package io.cohesion.examples.cli;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleFile;
import io.cohesion.rest.mapping.SurveyMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cohesion score}: reliability, the scale score and, by group, the group reliability. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = CohesionCli.Version.class,
    sortOptions = false,
    description = {
      "Scores a scale on a responses CSV: reliability (alpha, standardized alpha, average r and"
          + " per item figures), the scale score with its 95%% CI and, with --group-by, the group"
          + " reliability ICC(1)/ICC(2) and the score per group under the small-group rule.",
      ""
    },
    footer = {
      "",
      "The CSV has a header row; its separator (',', ';' or tab) and encoding (UTF-8 or"
          + " Windows-1252) are detected, as a spreadsheet saves them. Items are columns named by"
          + " their id; an optional 'respondent' column holds pseudonyms; other columns are"
          + " ignored. An empty cell is a missing answer; decimals use a point (4.5), or a comma"
          + " (4,5) when ',' does not separate cells.",
      "Errors name the row as a spreadsheet shows it (the header is row 1, the first answers row"
          + " 2) and the column. With --mapping the CSV is an existing survey's export instead"
          + " (docs/survey-import.md).",
      "JSON (--format json): {n, nComplete, reliability, score, groupReliability, groups}; a 95%%"
          + " CI is [lower, upper]; undefined figures are null; groupReliability and groups are null"
          + " without --group-by.",
      "Exit codes: 0 done, 2 bad input (one line on stderr), 1 unexpected failure."
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      required = true,
      paramLabel = "FILE",
      description = "The scale file (JSON).")
  Path scaleFile;

  @Option(names = "--data", required = true, paramLabel = "CSV", description = "The responses CSV.")
  Path data;

  @Option(
      names = "--group-by",
      paramLabel = "COLUMN",
      description = "A column that groups respondents, such as a neighbourhood or a street.")
  String groupBy;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (docs/survey-import.md): the data is an existing survey's export whose"
              + " columns and answer texts the mapping turns into the scale's items. Every problem"
              + " is listed with its row and column, and nothing is scored.")
  Path mapping;

  @Mixin KMinOption kMin;

  @Mixin CsvOptions csvOptions;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws IOException {
    SmallGroupRule rule = kMin.rule(spec);
    if (groupBy != null && groupBy.isBlank()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--group-by needs a column name");
    }
    Timing timing = Timing.fromEnvironment(spec.commandLine().getErr());
    Scale scale = ScaleFile.read(scaleFile);
    ScaleData scaleData;
    if (mapping != null) {
      if (groupBy != null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--group-by does not go with --mapping: score the export without groups, or import it"
                + " into a measurement that declares the column");
      }
      MappedResponsesCsv<MeasurementResponse> reader =
          MappedResponsesCsv.forMeasurement(scale, Map.of(), SurveyMapping.read(mapping))
              .format(csvOptions.format(spec));
      List<MappedResponsesCsv.Problem> problems = new ArrayList<>();
      List<MeasurementResponse> responses =
          MappedExports.read(reader, data, problems, spec.commandLine().getErr());
      if (!problems.isEmpty()) {
        // Each problem is listed on stderr already.
        throw new BadInputException("the export has problems; nothing was scored");
      }
      scaleData = ScaleData.of(scale, responses, null);
    } else {
      scaleData =
          ScaleDataFiles.read(
              scale,
              data,
              csvOptions.format(spec),
              groupBy,
              new Progress(spec.commandLine().getErr(), "score"));
    }
    timing.step("read");
    ScaleReport report = ScaleScoring.score(scaleData, rule);
    timing.step("score");

    PrintWriter out = spec.commandLine().getOut();
    if (format.format == OutputFormat.json) {
      ResultJson.write(ResultJson.scaleReport(report), out);
    } else {
      Tables.scaleReport(
          out,
          "Scale " + scale.id() + " (" + scale.name().en() + ") on " + data,
          report,
          rule.kMin());
      out.flush();
    }
    timing.step("write");
    timing.total();
    return 0;
  }
}
