package io.cohesion.examples.cli;

import io.cohesion.core.participation.ModelOptions;
import io.cohesion.core.participation.ParticipationModel;
import io.cohesion.core.participation.TrustAndTakingPart;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleFile;
import io.cohesion.rest.mapping.SurveyMapping;
import io.cohesion.rest.mapping.WishMapFile;
import io.cohesion.rest.mapping.WishMapResponsesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cohesion model}: does trust go with willingness to take part? */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    versionProvider = CohesionCli.Version.class,
    sortOptions = false,
    description = {
      "Fits the model of trust and taking part: a logistic regression of willing (willingness"
          + " at least --cut) on the person's scale score, linked by the respondent column between"
          + " the scale's responses and the wish map's, optionally with a segment column as a"
          + " factor; the figures equal R's glm(family = binomial).",
      ""
    },
    footer = {
      "",
      "Both CSV files need a 'respondent' column; persons are linked by it. Persons without a"
          + " scale score, without a willingness answer or (with --factor) without a value in the"
          + " factor's column are left out. The factor's reference level is its first declared"
          + " value, or without declarations the first in code-point order.",
      "With --mapping the scale's CSV, and with --wish-map-mapping the wish map's CSV, is an"
          + " existing survey's export instead (docs/survey-import.md); every problem of an export"
          + " is listed with its row and column, and no model is fitted.",
      "The model needs at least k linked persons (--k-min), every factor level with at least k,"
          + " and at least 10 persons per term; separation (a term that splits the willing from the"
          + " others) is refused.",
      "JSON (--format json): {n, events, cut, terms:[{term, estimate, se, z, p, oddsRatio, ci95}],"
          + " deviance, nullDeviance, aic, dfResidual}.",
      "Exit codes: 0 done, 2 bad input or a model that is refused (one line on stderr), 1"
          + " unexpected failure."
    })
final class ModelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      required = true,
      paramLabel = "FILE",
      description = "The scale file (JSON).")
  Path scaleFile;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "CSV",
      description = "The scale's responses CSV.")
  Path data;

  @Option(
      names = "--wish-map",
      required = true,
      paramLabel = "FILE",
      description = "The wish map file (JSON).")
  Path wishMapFile;

  @Option(
      names = "--wish-map-data",
      required = true,
      paramLabel = "CSV",
      description = "The wish map's responses CSV, with a willingness column (1-5).")
  Path wishMapData;

  @Option(
      names = "--cut",
      paramLabel = "C",
      defaultValue = "" + ModelOptions.DEFAULT_CUT,
      description = "Willing means a willingness of C or more, 2-5 (default: ${DEFAULT-VALUE}).")
  int cut;

  @Option(
      names = "--factor",
      paramLabel = "COLUMN",
      description = "A segment column of the wish map to add as a factor.")
  String factor;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (docs/survey-import.md): --data is an existing survey's export whose"
              + " columns and answer texts the mapping turns into the scale's items.")
  Path mapping;

  @Option(
      names = "--wish-map-mapping",
      paramLabel = "FILE",
      description =
          "A mapping file for --wish-map-data: an existing survey's export whose columns and"
              + " answer texts the mapping turns into the wish map's.")
  Path wishMapMapping;

  @Mixin KMinOption kMin;

  @Mixin FormatOption format;

  @Mixin CsvOptions csvOptions;

  @Override
  public Integer call() throws IOException {
    SmallGroupRule rule = kMin.rule(spec);
    if (cut < 2 || cut > 5) {
      throw new ParameterException(spec.commandLine(), "--cut must be 2 to 5, got " + cut);
    }
    if (factor != null && factor.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--factor needs a column name");
    }
    Scale scale = ScaleFile.read(scaleFile);
    Progress progress = new Progress(spec.commandLine().getErr(), "model");
    WishMap map = withFactor(WishMapFile.read(wishMapFile));
    // Both mappings are checked against their scale and wish map before either export is read.
    MappedResponsesCsv<MeasurementResponse> measurementExport =
        mapping == null
            ? null
            : MappedResponsesCsv.forMeasurement(scale, Map.of(), SurveyMapping.read(mapping))
                .format(csvOptions.format(spec));
    MappedResponsesCsv<WishMapResponse> wishMapExport =
        wishMapMapping == null
            ? null
            : MappedResponsesCsv.forWishMap(map, SurveyMapping.read(wishMapMapping))
                .format(csvOptions.format(spec));
    List<MappedResponsesCsv.Problem> problems = new ArrayList<>();
    ScaleData measured;
    if (measurementExport != null) {
      List<MeasurementResponse> responses =
          MappedExports.read(measurementExport, data, problems, spec.commandLine().getErr());
      measured = problems.isEmpty() ? ScaleData.of(scale, responses, null) : null;
    } else {
      measured = ScaleDataFiles.read(scale, data, csvOptions.format(spec), null, progress);
    }
    List<WishMapResponse> answers;
    if (wishMapExport != null) {
      answers =
          MappedExports.read(wishMapExport, wishMapData, problems, spec.commandLine().getErr());
    } else {
      answers =
          WishMapResponsesCsv.forWishMap(map)
              .format(csvOptions.format(spec))
              .onProgress(progress)
              .readAll(wishMapData);
    }
    if (!problems.isEmpty()) {
      // Each problem is listed on stderr already.
      throw new BadInputException("the exports have problems; no model was fitted");
    }
    ParticipationModel model =
        TrustAndTakingPart.model(
            measured,
            map,
            answers,
            new ModelOptions(cut, Optional.ofNullable(factor)),
            Audience.rawData(rule.kMin()));
    if (model.suppressed().isPresent()) {
      throw new BadInputException(model.suppressed().get());
    }

    PrintWriter out = spec.commandLine().getOut();
    if (format.format == OutputFormat.json) {
      ResultJson.write(ResultJson.participationModel(model), out);
    } else {
      Tables.participationModel(
          out,
          "Willingness in "
              + wishMapData
              + " on scale "
              + scale.id()
              + " ("
              + scale.name().en()
              + ") in "
              + data,
          model);
      out.flush();
    }
    return 0;
  }

  /** The wish map with the factor among its segment columns, as the command line allows. */
  private WishMap withFactor(WishMap map) {
    if (factor == null || map.segments().contains(factor)) {
      return map;
    }
    List<String> segments = new ArrayList<>(map.segments());
    segments.add(factor);
    try {
      return new WishMap(
          map.id(),
          map.values(),
          map.importanceScale(),
          map.satisfactionScale(),
          map.topChoices(),
          segments,
          map.mobilisation(),
          map.declarations());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--factor: " + e.getMessage());
    }
  }
}
