package io.cohesion.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.SeenRespondents;
import io.cohesion.core.trust.ManageMeasurements;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ScaleFile;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import io.cohesion.rest.mapping.SurveyMapping;
import io.cohesion.rest.mapping.WishMapFile;
import io.cohesion.rest.mapping.WishMapResponsesCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cohesion import}: loads a responses CSV (docs/cli.md) into a store in one transaction —
 * COPY on PostgreSQL, batched inserts on SQLite — with a progress bar on stderr. The file streams
 * through: it is read on one thread while the store writes on another, in batches, so its size is
 * not limited by memory. It reaches the store through the use cases of {@link Cohesion} only, so
 * the rules are those of the REST API: the rows are checked against the definition once more as the
 * store takes them, and a closed wave takes no import.
 *
 * <p>Policy: all or nothing. Every row is checked as it is read; if any row is rejected, the
 * transaction is rolled back, the rows, columns and reasons are listed and nothing is imported. A
 * malformed cell (not a number, out of range) stops reading at that cell, as the shared CSV reader
 * does; rows that read but break a rule (a respondent twice in the file or already in the wave) are
 * all listed.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a responses CSV into a store: all rows or, if any row is rejected, none.",
      "The wish map or measurement must be in the store; add its definition with --wish-map-file,"
          + " or --scale-file plus --neighbourhood for a new measurement."
    },
    exitCodeOnInvalidInput = 2)
public final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class Target {
    @Option(names = "--wish-map", paramLabel = "ID", description = "The wish map answered.")
    String wishMap;

    @Option(names = "--measurement", paramLabel = "ID", description = "The measurement answered.")
    String measurement;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target = new Target();

  @Option(
      names = "--data",
      required = true,
      paramLabel = "CSV",
      description = "The responses CSV, with a header row.")
  Path data;

  @CommandLine.Mixin CsvOptions csvOptions;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "SQLite store in DIR (default: ./cohesion-data), created on first use.")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL store at URL.")
  String jdbcUrl;

  @Option(
      names = "--wish-map-file",
      paramLabel = "FILE",
      description =
          "A wish map file (docs/cli.md) to store first if its id is not in the store yet.")
  Path wishMapFile;

  @Option(
      names = "--scale-file",
      paramLabel = "FILE",
      description = "A scale file (docs/cli.md) to store first if its id is not in the store yet.")
  Path scaleFile;

  @Option(
      names = "--neighbourhood",
      paramLabel = "ID",
      description = "Creates the measurement, if missing, for this neighbourhood (with the scale).")
  String neighbourhood;

  @Option(
      names = "--wave",
      paramLabel = "LABEL",
      description = "Wave label of a new measurement (default: its id).")
  String wave;

  @Option(
      names = "--opened",
      paramLabel = "DATE",
      description = "First day of a new measurement, yyyy-mm-dd (default: today).")
  LocalDate opened;

  @Option(
      names = "--group-by",
      paramLabel = "COL",
      description =
          "For a measurement: keep this column as the respondents' segment; the columns the"
              + " measurement declares are kept without it.")
  String groupBy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json: one JSON document on stdout.")
  String format;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (docs/survey-import.md): the data is an existing survey's export whose"
              + " columns and answer texts the mapping turns into the wish map's or"
              + " measurement's. Every problem is listed with its row and column, and nothing is"
              + " imported while there is any.")
  Path mapping;

  @Option(names = "--no-progress", description = "Show no progress bar.")
  boolean noProgress;

  /** The municipality of a neighbourhood this command registers: it is given only the id. */
  static final String UNKNOWN_MUNICIPALITY = "unknown";

  /** One rejected row: where and why. */
  record Rejection(long row, String column, String reason) {}

  /**
   * Imports the file. Exits as every command does (docs/cli.md#exit-codes-and-errors): 0 when every
   * row is imported; 2 for input the command cannot use — an option, a file that cannot be read or
   * breaks its format, rejected rows, a definition or wave the store does not hold or that takes no
   * answers (a closed wave) — and 1 for a failure that is not the input's.
   */
  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (IllegalArgumentException e) {
      // Ids, dates and the format come from the options: a value they refuse is bad input.
      throw new BadInputException(e.getMessage());
    }
  }

  private Integer run(PrintWriter err) throws IOException {
    boolean json = "json".equals(format);
    if (!json && !"text".equals(format)) {
      throw new IllegalArgumentException("--format is text or json, got '" + format + "'");
    }
    if (!Files.isReadable(data)) {
      throw new IllegalArgumentException("cannot read the data file " + data);
    }
    StoreConfig config = StoreConfig.of(Optional.ofNullable(dataDir), Optional.ofNullable(jdbcUrl));
    try (Stores stores = Stores.open(config)) {
      Cohesion cohesion = Cohesion.builder(stores, Clock.systemUTC()).build();
      long start = System.nanoTime();
      Result result;
      if (target.measurement != null) {
        result = importMeasurement(cohesion, new MeasurementId(target.measurement));
      } else {
        result = importWishMap(cohesion.wishMaps());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report(result, seconds, json, err);
      return result.rejections().isEmpty() ? 0 : Failures.BAD_INPUT;
    }
  }

  private record Result(
      String kind, String id, long rows, long imported, List<Rejection> rejections) {}

  private Result importWishMap(ManageWishMaps wishMaps) throws IOException {
    Optional<WishMap> fromFile =
        wishMapFile == null ? Optional.empty() : Optional.of(WishMapFile.read(wishMapFile));
    String id =
        target.wishMap != null
            ? target.wishMap
            : fromFile
                .map(m -> m.id().value())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "name what to import into: --wish-map ID or --measurement ID"));
    WishMapId wishMapId = new WishMapId(id);
    if (fromFile.isPresent()) {
      if (!fromFile.get().id().equals(wishMapId)) {
        throw new IllegalArgumentException(
            "--wish-map " + id + " but the wish map file defines " + fromFile.get().id());
      }
      if (inStore(() -> wishMaps.get(wishMapId)).isEmpty()) {
        wishMaps.define(fromFile.get());
      }
    }
    WishMap map =
        inStore(() -> wishMaps.get(wishMapId))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "wish map "
                            + id
                            + " is not in the store; add it with --wish-map-file FILE"))
            .value();
    Set<String> stored = new HashSet<>();
    wishMaps.respondents(wishMapId, respondent -> stored.add(respondent.value()));
    if (mapping != null) {
      MappedResponsesCsv<WishMapResponse> mapped =
          MappedResponsesCsv.forWishMap(map, SurveyMapping.read(mapping))
              .format(csvOptions.format(spec));
      Outcome outcome =
          mappedImport(
              mapped,
              map::check,
              WishMapResponse::respondent,
              stored,
              feed -> wishMaps.importResponses(wishMapId, feed));
      return new Result("wishMap", id, outcome.rows(), outcome.imported(), outcome.rejections());
    }
    WishMapResponsesCsv reader =
        WishMapResponsesCsv.forWishMap(map).format(csvOptions.format(spec));
    Outcome outcome =
        streamed(
            sink -> {
              try (InputStream in = progressInput("Importing")) {
                reader.read(in, data.toString(), sink);
              }
            },
            map::check,
            WishMapResponse::respondent,
            stored,
            feed -> wishMaps.importResponses(wishMapId, feed));
    return new Result("wishMap", id, outcome.rows(), outcome.imported(), outcome.rejections());
  }

  private Result importMeasurement(Cohesion cohesion, MeasurementId id) throws IOException {
    ManageMeasurements measurements = cohesion.measurements();
    if (scaleFile != null) {
      Scale scale = ScaleFile.read(scaleFile);
      if (inStore(() -> cohesion.scales().find(scale.id())).isEmpty()) {
        cohesion.scales().define(scale);
      }
    }
    if (inStore(() -> measurements.find(id)).isEmpty()) {
      if (scaleFile == null || neighbourhood == null) {
        throw new IllegalArgumentException(
            "measurement "
                + id
                + " is not in the store; create it with --scale-file FILE --neighbourhood ID"
                + " [--wave LABEL] [--opened DATE]");
      }
      Scale scale = ScaleFile.read(scaleFile);
      NeighbourhoodId where = new NeighbourhoodId(neighbourhood);
      if (inStore(() -> cohesion.neighbourhoods().get(where)).isEmpty()) {
        // A measurement names a registered neighbourhood; the command knows no more than its id.
        cohesion
            .neighbourhoods()
            .register(Neighbourhood.of(where, where.value(), UNKNOWN_MUNICIPALITY));
      }
      measurements.define(
          new Measurement(
              id,
              scale.id(),
              where,
              wave == null ? id.value() : wave,
              opened == null ? LocalDate.now() : opened));
    }
    // The scale of a wave that takes answers: a closed wave is refused before the file is read.
    Scale scale = measurements.requireOpen(id);
    Measurement measurement = measurements.find(id).value();
    if (mapping != null) {
      if (groupBy != null) {
        throw new IllegalArgumentException(
            "--group-by and --mapping: map the column to an attribute the measurement declares");
      }
      Set<String> stored = new HashSet<>();
      measurements.respondents(id, respondent -> stored.add(respondent.value()));
      MappedResponsesCsv<MeasurementResponse> mapped =
          MappedResponsesCsv.forMeasurement(
                  scale, measurement.declaredCodes(), SurveyMapping.read(mapping))
              .format(csvOptions.format(spec));
      Outcome outcome =
          mappedImport(
              mapped,
              response -> {
                List<FieldError> errors = new ArrayList<>(response.check(scale));
                errors.addAll(measurement.checkAttributes(response));
                return errors;
              },
              MeasurementResponse::respondent,
              stored,
              feed -> measurements.importAll(id, feed));
      return new Result(
          "measurement", id.value(), outcome.rows(), outcome.imported(), outcome.rejections());
    }
    // The columns the measurement declares come in as they are; an undeclared column is not read.
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(scale)
            .format(csvOptions.format(spec))
            .attributes(measurement.declaredCodes().keySet());
    if (groupBy != null) {
      reader = reader.groupBy(groupBy);
    }
    Set<String> stored = new HashSet<>();
    measurements.respondents(id, respondent -> stored.add(respondent.value()));
    ScaleResponsesCsv csv = reader;
    Outcome outcome =
        streamed(
            sink -> {
              long[] read = {0};
              try (InputStream in = progressInput("Importing")) {
                csv.read(
                    in,
                    data.toString(),
                    (respondent, answers, group, attributes) -> {
                      read[0]++;
                      Map<String, Double> byItem = new HashMap<>();
                      for (int i = 0; i < answers.length; i++) {
                        if (!Double.isNaN(answers[i])) {
                          byItem.put(scale.items().get(i).id(), answers[i]);
                        }
                      }
                      String pseudonym = respondent != null ? respondent : "row " + (read[0] + 1);
                      Map<String, String> kept = new HashMap<>(attributes);
                      if (group != null) {
                        kept.put(groupBy, group);
                      }
                      sink.accept(new MeasurementResponse(new Pseudonym(pseudonym), byItem, kept));
                    });
              }
            },
            response -> {
              List<FieldError> errors = new ArrayList<>(response.check(scale));
              errors.addAll(measurement.checkAttributes(response));
              return errors;
            },
            MeasurementResponse::respondent,
            stored,
            feed -> measurements.importAll(id, feed));
    return new Result(
        "measurement", id.value(), outcome.rows(), outcome.imported(), outcome.rejections());
  }

  /**
   * Reads the whole export through its mapping first: with any problem, each is a rejection (by its
   * row and the export's column) and the store is not touched; otherwise the responses go through
   * the same checks and the same single transaction as a file in the documented layout.
   */
  private <R> Outcome mappedImport(
      MappedResponsesCsv<R> reader,
      Function<R, List<FieldError>> check,
      Function<R, Pseudonym> respondentOf,
      Set<String> stored,
      ToLongFunction<Iterable<R>> importer)
      throws IOException {
    MappedResponsesCsv.Reading<R> reading;
    try (InputStream in = progressInput("Reading")) {
      reading = reader.read(in, data.toString());
    }
    if (!reading.problems().isEmpty()) {
      List<Rejection> rejections = new ArrayList<>();
      for (MappedResponsesCsv.Problem problem : reading.problems()) {
        rejections.add(new Rejection(problem.row(), problem.column().orElse(""), problem.reason()));
      }
      if (reading.unlisted() > 0) {
        long last = reading.problems().get(reading.problems().size() - 1).row();
        rejections.add(
            new Rejection(
                last, "", reading.unlisted() + " more problems are not listed; fix these first"));
      }
      return new Outcome(reading.rows(), 0, rejections);
    }
    return streamed(
        sink -> reading.responses().forEach(sink), check, respondentOf, stored, importer);
  }

  /** What {@code lookup} finds, or empty when it is not in the store. */
  private static <T> Optional<T> inStore(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Reads a whole input, handing each response to a sink. */
  private interface Input<R> {
    void read(Consumer<R> sink) throws IOException;
  }

  private record Outcome(long rows, long imported, List<Rejection> rejections) {}

  /**
   * Reads {@code input} on a thread of its own and streams the responses that pass every check into
   * {@code importer}, which runs one transaction. At the first rejected row the transaction is
   * abandoned (nothing is imported) while the reading goes on to list every rejected row.
   */
  private static <R> Outcome streamed(
      Input<R> input,
      Function<R, List<FieldError>> check,
      Function<R, Pseudonym> respondentOf,
      Set<String> stored,
      ToLongFunction<Iterable<R>> importer)
      throws IOException {
    ResponseFeed<R> feed = new ResponseFeed<>();
    List<Rejection> rejections = new ArrayList<>();
    long[] rows = {0};
    Throwable[] failure = {null};
    Thread reading =
        new Thread(
            () -> {
              SeenRespondents seen = new SeenRespondents();
              try {
                input.read(
                    response -> {
                      long row = ++rows[0] + 1; // the header is row 1
                      int before = rejections.size();
                      for (FieldError error : check.apply(response)) {
                        rejections.add(new Rejection(row, column(error.field()), error.reason()));
                      }
                      checkRespondent(respondentOf.apply(response), row, seen, stored, rejections);
                      if (rejections.size() > before) {
                        feed.reject();
                      } else {
                        feed.accept(response);
                      }
                    });
                feed.finish();
              } catch (ResponseFeed.Stopped stopped) {
                // The import failed on its own; its exception is the one reported.
              } catch (IOException | RuntimeException | Error e) {
                failure[0] = e;
                feed.fail(e);
              }
            },
            "cohesion-import-reader");
    reading.setDaemon(true);
    reading.start();
    long imported = 0;
    try {
      imported = importer.applyAsLong(feed);
    } catch (RuntimeException e) {
      if (!abandoned(e)) {
        feed.stop();
        join(reading);
        throw e;
      }
    }
    join(reading);
    if (failure[0] instanceof IOException io) {
      throw io;
    }
    if (failure[0] instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure[0] instanceof Error error) {
      throw error;
    }
    if (!rejections.isEmpty()) {
      return new Outcome(rows[0], 0, rejections);
    }
    return new Outcome(rows[0], imported, List.of());
  }

  private static boolean abandoned(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ResponseFeed.Abandoned) {
        return true;
      }
    }
    return false;
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input", e);
    }
  }

  private static void checkRespondent(
      Pseudonym respondent,
      long row,
      SeenRespondents seen,
      Set<String> stored,
      List<Rejection> rejections) {
    long first = seen.putIfAbsent(respondent.value(), row);
    if (first != SeenRespondents.ABSENT) {
      rejections.add(
          new Rejection(
              row, "respondent", "'" + respondent + "' already answered in row " + first));
    } else if (stored.contains(respondent.value())) {
      rejections.add(
          new Rejection(
              row, "respondent", "'" + respondent + "' already answered this wave in the store"));
    }
  }

  /** The CSV column of a response field: {@code importance.contact} is {@code imp.contact}. */
  static String column(String field) {
    if (field.startsWith("importance.")) {
      return "imp." + field.substring("importance.".length());
    }
    if (field.startsWith("satisfaction.")) {
      return "sat." + field.substring("satisfaction.".length());
    }
    if (field.startsWith("segments.")) {
      return field.substring("segments.".length());
    }
    if (field.startsWith("answers.")) {
      return field.substring("answers.".length());
    }
    if (field.startsWith("attributes.")) {
      return field.substring("attributes.".length());
    }
    if (field.startsWith("topChoices[")) {
      int index = Integer.parseInt(field.substring(11, field.indexOf(']')));
      return "top" + (index + 1);
    }
    return field;
  }

  private ProgressBarBuilder bar(String task) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(250)
        .hideEta();
  }

  private InputStream progressInput(String task) throws IOException {
    InputStream in = Files.newInputStream(data);
    if (noProgress) {
      return in;
    }
    return ProgressBar.wrap(in, bar(task).setUnit(" MiB", 1 << 20));
  }

  private void report(Result result, double seconds, boolean json, PrintWriter err) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put(result.kind(), result.id());
      root.put("rows", result.rows());
      root.put("imported", result.imported());
      root.put("seconds", Math.round(seconds * 1000) / 1000.0);
      ArrayNode rejected = root.putArray("rejected");
      for (Rejection r : result.rejections()) {
        rejected
            .addObject()
            .put("row", r.row())
            .put("column", r.column())
            .put("reason", r.reason());
      }
      out.println(root.toString());
    } else if (result.rejections().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "imported %d responses into %s %s in %.1f s%n",
          result.imported(),
          result.kind().equals("wishMap") ? "wish map" : "measurement",
          result.id(),
          seconds);
    } else {
      for (Rejection r : result.rejections()) {
        if (r.column().isEmpty()) {
          err.printf(Locale.ROOT, "row %d: %s%n", r.row(), r.reason());
        } else {
          err.printf(Locale.ROOT, "row %d, column %s: %s%n", r.row(), r.column(), r.reason());
        }
      }
    }
    if (!result.rejections().isEmpty()) {
      if (result.rejections().stream().anyMatch(r -> r.row() == 1)) {
        // Row 1 is the header: the columns of an export that a mapping does not account for.
        err.printf(Locale.ROOT, "cohesion import: the header has problems%n");
      }
      err.printf(
          Locale.ROOT,
          "cohesion import: %d of %d rows rejected; nothing was imported%n",
          result.rejections().stream()
              .mapToLong(Rejection::row)
              .filter(r -> r > 1)
              .distinct()
              .count(),
          result.rows());
    }
    out.flush();
    err.flush();
  }
}
