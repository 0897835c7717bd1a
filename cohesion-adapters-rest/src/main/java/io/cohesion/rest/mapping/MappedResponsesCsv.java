package io.cohesion.rest.mapping;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.rest.mapping.SurveyMapping.Answer;
import io.cohesion.rest.mapping.SurveyMapping.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads an existing survey's export through a {@link SurveyMapping} (docs/survey-import.md) into
 * the very response records the documented CSV layout gives ({@link WishMapResponse}, {@link
 * MeasurementResponse}), so that they are stored through the same use cases.
 *
 * <p>All or nothing, and every problem at once: the mapping is first checked against the definition
 * (each target exists, every value and segment column is mapped, recodings fit their target), then
 * the whole export is read, and every column that is neither mapped nor ignored, every unknown
 * answer text, every number outside its range and every rule a row breaks is listed with its row
 * and column. Only an export without any problem yields responses. Rows are numbered as a
 * spreadsheet shows them, the header being row 1; a row with nothing in it is skipped.
 *
 * @param <R> the response record
 */
@API(status = INTERNAL, since = "0.2.0")
public final class MappedResponsesCsv<R> {
  /** At most this many problems are listed; the last line says how many more there were. */
  public static final int MAX_PROBLEMS = 1000;

  private static final Pattern TOP = Pattern.compile("top(\\d{1,9})");

  private static final Pattern WHERE = Pattern.compile("row (\\d{1,18})(?:, column (.*))?");

  private final Shape<R> shape;
  private final SurveyMapping mapping;
  private final List<Bound> bound;
  private final CsvFormat format;

  private MappedResponsesCsv(
      Shape<R> shape, SurveyMapping mapping, List<Bound> bound, CsvFormat format) {
    this.shape = shape;
    this.mapping = mapping;
    this.bound = bound;
    this.format = requireNonNull(format, "format");
  }

  /**
   * A reader of exports answering {@code map} through {@code mapping}.
   *
   * @throws FileFormatException naming the mapping file and every target it gets wrong
   */
  public static MappedResponsesCsv<WishMapResponse> forWishMap(WishMap map, SurveyMapping mapping) {
    return bind(new WishMapShape(map), mapping);
  }

  /**
   * A reader of exports answering a measurement of {@code scale} through {@code mapping}; {@code
   * attributes} are the columns the measurement declares, each with its codes.
   *
   * @throws FileFormatException naming the mapping file and every target it gets wrong
   */
  public static MappedResponsesCsv<MeasurementResponse> forMeasurement(
      Scale scale, Map<String, List<String>> attributes, SurveyMapping mapping) {
    return bind(new MeasurementShape(scale, attributes), mapping);
  }

  /** A copy that reads exports written in {@code format}. */
  public MappedResponsesCsv<R> format(CsvFormat format) {
    return new MappedResponsesCsv<>(shape, mapping, bound, format);
  }

  private static <R> MappedResponsesCsv<R> bind(Shape<R> shape, SurveyMapping mapping) {
    List<FieldError> errors = new ArrayList<>();
    List<Bound> bound = new ArrayList<>();
    Map<String, String> targetOf = new HashMap<>();
    for (Rule rule : mapping.rules()) {
      String at = rule.path() + ".to";
      Optional<Target> target;
      try {
        target = Optional.of(shape.target(rule.to()));
      } catch (IllegalArgumentException unknown) {
        errors.add(new FieldError(at, unknown.getMessage()));
        continue;
      }
      Target t = target.get();
      if (!t.kind().repeatable()) {
        String earlier = targetOf.putIfAbsent(rule.to(), rule.path());
        if (earlier != null) {
          errors.add(new FieldError(at, "'" + rule.to() + "' is already the target of " + earlier));
          continue;
        }
      }
      checkRecoding(rule, t, errors);
      bound.add(new Bound(rule, t));
    }
    for (Map.Entry<String, String> required : shape.required().entrySet()) {
      if (!targetOf.containsKey(required.getKey())) {
        errors.add(new FieldError("columns", required.getValue()));
      }
    }
    if (!errors.isEmpty()) {
      throw new FileFormatException(mapping.source(), errors);
    }
    return new MappedResponsesCsv<>(shape, mapping, List.copyOf(bound), CsvFormat.detected());
  }

  /** Whether the recoding and range of {@code rule} can give what {@code target} takes. */
  private static void checkRecoding(Rule rule, Target target, List<FieldError> errors) {
    Kind kind = target.kind();
    if ((kind == Kind.WISH || kind == Kind.RESPONDENT)
        && (rule.answers().isPresent() || rule.range().isPresent())) {
      errors.add(
          new FieldError(
              rule.path(), "'" + rule.to() + "' takes the text as it is: no answers or range"));
      return;
    }
    if (rule.range().isPresent() && !kind.numeric()) {
      errors.add(
          new FieldError(rule.path() + ".range", "'" + rule.to() + "' takes codes, not numbers"));
    }
    if (rule.split().isPresent() && kind != Kind.NETWORKS) {
      errors.add(
          new FieldError(rule.path() + ".split", "only networks take several answers in a cell"));
    }
    rule.answers()
        .ifPresent(
            answers ->
                answers.forEach(
                    (text, answer) -> {
                      String at = rule.path() + ".answers." + text;
                      if (kind.numeric()
                          && answer instanceof Answer.Number number
                          && !rule.range()
                              .orElse(target.scale().orElseThrow())
                              .contains(number.value())) {
                        errors.add(
                            new FieldError(
                                at,
                                "out of range: "
                                    + (rule.range().isPresent()
                                        ? "the export's range is " + rule.range().get()
                                        : rule.to() + " takes " + target.scale().orElseThrow())
                                    + ", got "
                                    + number(number.value())));
                      } else if (kind.numeric() && answer instanceof Answer.Code code) {
                        errors.add(
                            new FieldError(
                                at,
                                "'"
                                    + rule.to()
                                    + "' takes a number or null, got '"
                                    + code.code()
                                    + "'"));
                      } else if (!kind.numeric() && answer instanceof Answer.Number number) {
                        errors.add(
                            new FieldError(
                                at,
                                "'"
                                    + rule.to()
                                    + "' takes a code or null, got "
                                    + number(number.value())));
                      }
                    }));
  }

  /**
   * Reads every response of the export at {@code file}; errors name the file as given.
   *
   * @throws FileFormatException listing every problem, when there is any
   */
  public List<R> readAll(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in, file.toString());
    }
  }

  /**
   * Reads every response of the export in {@code in}.
   *
   * @param source the export's name in messages
   * @throws FileFormatException listing every problem (at most {@link #MAX_PROBLEMS}), when there
   *     is any; nothing is returned then
   */
  public List<R> readAll(InputStream in, String source) throws IOException {
    Reading<R> reading = read(in, source);
    if (!reading.problems().isEmpty()) {
      List<FieldError> listed = new ArrayList<>();
      for (Problem problem : reading.problems()) {
        listed.add(new FieldError(problem.where(), problem.reason()));
      }
      if (reading.unlisted() > 0) {
        listed.add(
            new FieldError(
                "more", reading.unlisted() + " more problems are not listed; fix these first"));
      }
      throw new FileFormatException(source, listed);
    }
    return reading.responses();
  }

  /**
   * One problem with the export.
   *
   * @param row the row as a spreadsheet numbers it, the header being row 1
   * @param column the export's column, if the problem is with one cell
   * @param reason what is wrong and, where it helps, what would be right
   */
  public record Problem(long row, Optional<String> column, String reason) {
    /** {@code row 7, column G01Q03[SQ001]}. */
    public String where() {
      return "row " + row + column.map(c -> ", column " + c).orElse("");
    }
  }

  /**
   * What reading an export gave: its responses only when there is no problem at all.
   *
   * @param responses the responses, in the export's order; empty when there is any problem
   * @param rows the data rows read (rows with nothing in them not counted)
   * @param problems every problem, at most {@link #MAX_PROBLEMS}
   * @param unlisted how many more problems there were
   */
  public record Reading<R>(List<R> responses, long rows, List<Problem> problems, long unlisted) {
    public Reading {
      responses = List.copyOf(responses);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads the export in {@code in}, listing every problem instead of throwing.
   *
   * @param source the export's name in messages
   * @throws FileFormatException only when the input is not a CSV file at all (empty, or not text)
   */
  public Reading<R> read(InputStream in, String source) throws IOException {
    Problems problems = new Problems();
    List<R> responses = new ArrayList<>();
    long rows = 0;
    try (CsvCursor csv = CsvCursor.open(in, source, format)) {
      Bound[] columns = header(csv, problems);
      Map<String, String> columnOfField = columnOfField();
      Map<String, Long> rowOfRespondent = new HashMap<>();
      while (nextRow(csv, problems)) {
        Row row = new Row(shape.topChoices());
        while (nextCell(csv, problems)) {
          Bound column = csv.column() < columns.length ? columns[csv.column()] : null;
          if (column == null || csv.isBlank()) {
            continue;
          }
          row.anything = true;
          cell(csv, column, row, problems);
        }
        if (!row.anything) {
          continue;
        }
        rows++;
        String pseudonym = row.respondent != null ? row.respondent : "row " + csv.row();
        if (row.respondent != null) {
          Long first = rowOfRespondent.putIfAbsent(pseudonym, csv.row());
          if (first != null) {
            problems.add(
                csv,
                columnOfField.getOrDefault("respondent", "respondent"),
                "'" + pseudonym + "' already answered in row " + first);
          }
        }
        if (row.broken) {
          continue;
        }
        try {
          R response = shape.response(row, new Pseudonym(pseudonym));
          List<FieldError> broken = shape.check(response);
          for (FieldError error : broken) {
            problems.add(
                csv, columnOfField.getOrDefault(error.field(), error.field()), error.reason());
          }
          if (broken.isEmpty()) {
            responses.add(response);
          }
        } catch (IllegalArgumentException refused) {
          problems.add(csv, null, refused.getMessage());
        }
      }
    }
    if (!problems.problems.isEmpty()) {
      return new Reading<>(List.of(), rows, problems.problems, problems.more);
    }
    return new Reading<>(responses, rows, List.of(), 0);
  }

  /** Moves to the next row; a row the CSV reader cannot read ends the reading with a problem. */
  private static boolean nextRow(CsvCursor csv, Problems problems) throws IOException {
    try {
      return csv.nextRow();
    } catch (FileFormatException unreadable) {
      problems.addAll(unreadable.errors());
      return false;
    }
  }

  private static boolean nextCell(CsvCursor csv, Problems problems) throws IOException {
    try {
      return csv.nextCell();
    } catch (FileFormatException beyondHeader) {
      problems.addAll(beyondHeader.errors());
      return false;
    }
  }

  /** Each header column's rule, null for an ignored one; every other column is a problem. */
  private Bound[] header(CsvCursor csv, Problems problems) {
    List<String> header = csv.header();
    Bound[] columns = new Bound[header.size()];
    Map<String, Bound> byColumn = new HashMap<>();
    bound.forEach(b -> byColumn.put(b.rule().column(), b));
    Set<String> seen = new LinkedHashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      String column = name.isEmpty() ? String.valueOf(c + 1) : name;
      if (!seen.add(name)) {
        problems.add(new Problem(1, Optional.of(column), "appears twice in the header"));
      } else if (byColumn.containsKey(name)) {
        columns[c] = byColumn.get(name);
      } else if (!mapping.ignored().contains(name)) {
        problems.add(
            new Problem(
                1,
                Optional.of(column),
                name.isEmpty()
                    ? "a column without a name; give it one, or remove it"
                    : "neither mapped nor ignored: map it under columns in "
                        + mapping.source()
                        + ", or list it under ignore"
                        + ScaleResponsesCsv.hint(name, List.copyOf(byColumn.keySet()))));
      }
    }
    for (Bound b : bound) {
      if (!seen.contains(b.rule().column())) {
        problems.add(
            new Problem(
                1,
                Optional.of(b.rule().column()),
                "mapped by "
                    + b.rule().path()
                    + " of "
                    + mapping.source()
                    + ", but not in the export's header"
                    + ScaleResponsesCsv.hint(b.rule().column(), header)));
      }
    }
    if (problems.problems.stream().anyMatch(e -> e.reason().contains("not in the export"))) {
      // A header that matches nothing is most often a file read with the wrong separator.
      FieldError assumption = csv.assumption();
      problems.add(
          new Problem(1, Optional.empty(), assumption.field() + ": " + assumption.reason()));
    }
    return columns;
  }

  /** The export's column for each field a response check names, such as importance.contact. */
  private Map<String, String> columnOfField() {
    Map<String, String> fields = new HashMap<>();
    for (Bound b : bound) {
      Target t = b.target();
      String field =
          switch (t.kind()) {
            case IMPORTANCE -> "importance." + t.key();
            case SATISFACTION -> "satisfaction." + t.key();
            case ITEM -> "answers." + t.key();
            case SEGMENT -> shape.segmentField() + "." + t.key();
            case TOP -> "topChoices[" + (t.position() - 1) + "]";
            case WILLINGNESS -> "willingness";
            case RESPONDENT -> "respondent";
            case NETWORKS -> "networks";
            case WISH -> "wishes";
          };
      fields.merge(field, b.rule().column(), (a, c) -> a + "/" + c);
    }
    return fields;
  }

  private void cell(CsvCursor csv, Bound column, Row row, Problems problems) throws IOException {
    Rule rule = column.rule();
    Target target = column.target();
    String text;
    try {
      text = csv.text(InputBounds.MAX_FREE_TEXT);
    } catch (FileFormatException tooLong) {
      problems.addAll(tooLong.errors());
      row.broken = true;
      return;
    }
    List<String> parts =
        rule.split().isPresent()
            ? Arrays.asList(text.split(Pattern.quote(rule.split().get())))
            : List.of(text);
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      Optional<Answer> answer = answer(csv, rule, target, part.strip(), problems);
      if (answer.isEmpty()) {
        row.broken = true;
      } else if (!(answer.get() instanceof Answer.Missing)) {
        if (!put(csv, rule, target, answer.get(), row, problems)) {
          row.broken = true;
        }
      }
    }
  }

  /** The answer a cell's text stands for, or empty with a problem. */
  private Optional<Answer> answer(
      CsvCursor csv, Rule rule, Target target, String text, Problems problems) {
    if (rule.answers().isPresent()) {
      Answer answer = rule.answers().get().get(SurveyMapping.normalise(text));
      if (answer == null && target.kind().numeric()) {
        // A scale's answers are numbers; the recoding names the texts among them ("weet niet").
        try {
          return Optional.of(new Answer.Number(Numbers.parse(text, csv.decimalComma())));
        } catch (IllegalArgumentException notANumber) {
          // an unknown text, said below
        }
      }
      if (answer == null) {
        problems.add(
            csv,
            rule.column(),
            "unknown answer text '"
                + text
                + "': recode it under "
                + rule.path()
                + ".answers in "
                + mapping.source());
        return Optional.empty();
      }
      return Optional.of(answer);
    }
    if (!target.kind().numeric()) {
      return Optional.of(new Answer.Code(text));
    }
    try {
      return Optional.of(new Answer.Number(Numbers.parse(text, csv.decimalComma())));
    } catch (IllegalArgumentException notANumber) {
      problems.add(
          csv,
          rule.column(),
          notANumber.getMessage()
              + "; recode answer texts under answers in "
              + mapping.source()
              + " ("
              + rule.path()
              + ")");
      return Optional.empty();
    }
  }

  /** Puts an answer into the row; false with a problem when it does not fit its target. */
  private boolean put(
      CsvCursor csv, Rule rule, Target target, Answer answer, Row row, Problems problems) {
    String column = rule.column();
    switch (target.kind()) {
      case IMPORTANCE, SATISFACTION, ITEM, WILLINGNESS -> {
        double value = ((Answer.Number) answer).value();
        if (rule.range().isPresent()) {
          ResponseRange from = rule.range().get();
          if (!from.contains(value)) {
            problems.add(
                csv,
                column,
                "out of range: the export's range is "
                    + from
                    + " ("
                    + rule.path()
                    + ".range), got "
                    + number(value));
            return false;
          }
          value = linear(value, from, target.scale().orElseThrow());
        }
        ResponseRange scale = target.scale().orElseThrow();
        if (!scale.contains(value)
            || (target.kind() == Kind.WILLINGNESS && value != Math.rint(value))) {
          problems.add(
              csv,
              column,
              "out of range: "
                  + rule.to()
                  + " takes "
                  + (target.kind() == Kind.WILLINGNESS ? "a whole number within " : "")
                  + scale
                  + ", got "
                  + number(value)
                  + (rule.range().isPresent() ? "" : " (declare the export's range with range)"));
          return false;
        }
        switch (target.kind()) {
          case IMPORTANCE -> row.importance.put(target.key(), value);
          case SATISFACTION -> row.satisfaction.put(target.key(), value);
          case ITEM -> row.answers.put(target.key(), value);
          default -> row.willingness = OptionalInt.of((int) value);
        }
        return true;
      }
      case TOP -> {
        String code = ((Answer.Code) answer).code();
        Optional<List<String>> codes = target.codes();
        if (codes.isPresent() && !codes.get().contains(code)) {
          problems.add(
              csv,
              column,
              "unknown value code '"
                  + code
                  + "'; the wish map has "
                  + String.join(", ", codes.get()));
          return false;
        }
        row.top[target.position() - 1] = code;
        return true;
      }
      case SEGMENT -> {
        String code = ((Answer.Code) answer).code();
        Optional<List<String>> codes = target.codes();
        if (codes.isPresent() && !codes.get().contains(code)) {
          problems.add(
              csv,
              column,
              "'"
                  + code
                  + "' is not a declared value of "
                  + target.key()
                  + "; it declares "
                  + String.join(", ", codes.get()));
          return false;
        }
        row.segments.put(target.key(), code);
        return true;
      }
      case NETWORKS -> {
        String name = ((Answer.Code) answer).code();
        if (name.length() > InputBounds.MAX_SHORT_TEXT) {
          problems.add(
              csv,
              column,
              "a network's name must be at most "
                  + InputBounds.MAX_SHORT_TEXT
                  + " characters long, got "
                  + name.length());
          return false;
        }
        row.networks.add(name);
        return true;
      }
      case WISH -> {
        row.wishes.add(((Answer.Code) answer).code());
        return true;
      }
      case RESPONDENT -> {
        String pseudonym = ((Answer.Code) answer).code();
        try {
          new Pseudonym(pseudonym);
        } catch (IllegalArgumentException e) {
          problems.add(csv, column, e.getMessage());
          return false;
        }
        row.respondent = pseudonym;
        return true;
      }
    }
    throw new AssertionError(target.kind());
  }

  /**
   * {@code x} on {@code from} mapped linearly onto {@code to} (docs/survey-import.md#ranges):
   * {@code to.min + (x − from.min) · (to.max − to.min) / (from.max − from.min)}.
   */
  static double linear(double x, ResponseRange from, ResponseRange to) {
    return to.min() + (x - from.min()) * (to.max() - to.min()) / (from.max() - from.min());
  }

  /** A number as a message shows it: {@code 7}, {@code 3.5}. */
  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  // ---- targets

  private enum Kind {
    IMPORTANCE(true, false),
    SATISFACTION(true, false),
    ITEM(true, false),
    WILLINGNESS(true, false),
    TOP(false, false),
    SEGMENT(false, false),
    NETWORKS(false, true),
    WISH(false, true),
    RESPONDENT(false, false);

    private final boolean numeric;
    private final boolean repeatable;

    Kind(boolean numeric, boolean repeatable) {
      this.numeric = numeric;
      this.repeatable = repeatable;
    }

    boolean numeric() {
      return numeric;
    }

    /** Whether several columns may map to it: networks and wishes collect. */
    boolean repeatable() {
      return repeatable;
    }
  }

  /**
   * A column of the documented layout: its kind, its key (value code, item id or segment column),
   * its position (top choices), the scale of a number and the codes of a declared column.
   */
  private record Target(
      Kind kind,
      String key,
      int position,
      Optional<ResponseRange> scale,
      Optional<List<String>> codes) {
    static Target of(Kind kind, String key) {
      return new Target(kind, key, 0, Optional.empty(), Optional.empty());
    }
  }

  private record Bound(Rule rule, Target target) {}

  /** The answers of one row as they are read. */
  private static final class Row {
    final Map<String, Double> importance = new HashMap<>();
    final Map<String, Double> satisfaction = new HashMap<>();
    final Map<String, Double> answers = new LinkedHashMap<>();
    final String[] top;
    final Map<String, String> segments = new HashMap<>();
    final Set<String> networks = new LinkedHashSet<>();
    OptionalInt willingness = OptionalInt.empty();
    final List<String> wishes = new ArrayList<>();
    String respondent;
    boolean anything;
    boolean broken;

    Row(int topChoices) {
      top = new String[topChoices];
    }
  }

  /** What differs between a wish map and a measurement. */
  private interface Shape<R> {
    /**
     * The target named {@code to}.
     *
     * @throws IllegalArgumentException saying why there is none
     */
    Target target(String to);

    /** The targets that must be mapped, each with the reason shown when it is not. */
    Map<String, String> required();

    int topChoices();

    /** The prefix of the fields a check names for segment or attribute columns. */
    String segmentField();

    R response(Row row, Pseudonym respondent);

    List<FieldError> check(R response);
  }

  private static final class WishMapShape implements Shape<WishMapResponse> {
    private final WishMap map;

    WishMapShape(WishMap map) {
      this.map = requireNonNull(map, "wish map");
    }

    @Override
    public Target target(String to) {
      List<String> codes = map.values().stream().map(Value::code).toList();
      if (to.startsWith("imp.") || to.startsWith("sat.")) {
        String code = to.substring(4);
        boolean importance = to.startsWith("imp.");
        if (map.indexOf(code) < 0) {
          throw new IllegalArgumentException(
              "'" + to + "': unknown value code '" + code + "'; the wish map has " + codes);
        }
        Optional<ResponseRange> scale =
            importance ? map.importanceScale() : map.satisfactionScale();
        if (scale.isEmpty()) {
          throw new IllegalArgumentException(
              "'"
                  + to
                  + "': wish map "
                  + map.id()
                  + " asks no "
                  + (importance ? "importance" : "satisfaction")
                  + " (it has no "
                  + (importance ? "importanceScale" : "satisfactionScale")
                  + ")");
        }
        return new Target(
            importance ? Kind.IMPORTANCE : Kind.SATISFACTION, code, 0, scale, Optional.empty());
      }
      Matcher top = TOP.matcher(to);
      if (top.matches()) {
        int position = Integer.parseInt(top.group(1));
        if (position < 1 || position > map.topChoices()) {
          throw new IllegalArgumentException(
              "'"
                  + to
                  + "': wish map "
                  + map.id()
                  + " asks for "
                  + map.topChoices()
                  + " top choices (top1…top"
                  + map.topChoices()
                  + ")");
        }
        return new Target(Kind.TOP, "", position, Optional.empty(), Optional.of(codes));
      }
      if (map.segments().contains(to)) {
        return new Target(
            Kind.SEGMENT,
            to,
            0,
            Optional.empty(),
            map.declaration(to).map(d -> List.copyOf(d.codes())));
      }
      return switch (to) {
        case "networks" -> Target.of(Kind.NETWORKS, "");
        case "willingness" ->
            new Target(
                Kind.WILLINGNESS, "", 0, Optional.of(new ResponseRange(1, 5)), Optional.empty());
        case "wish" -> Target.of(Kind.WISH, "");
        case "respondent" -> Target.of(Kind.RESPONDENT, "");
        default ->
            throw new IllegalArgumentException(
                "'"
                    + to
                    + "' is not a column of wish map "
                    + map.id()
                    + "; it takes "
                    + String.join(", ", columns()));
      };
    }

    private List<String> columns() {
      List<String> columns = new ArrayList<>();
      if (map.asksImportance()) {
        columns.add("imp.<code>");
      }
      if (map.satisfactionScale().isPresent()) {
        columns.add("sat.<code>");
      }
      columns.add("top1…top" + map.topChoices());
      columns.addAll(map.segments());
      columns.addAll(List.of("networks", "willingness", "wish", "respondent"));
      return columns;
    }

    @Override
    public Map<String, String> required() {
      Map<String, String> required = new LinkedHashMap<>();
      for (Value value : map.values()) {
        String code = value.code();
        if (map.asksImportance()) {
          required.put(
              "imp." + code,
              "value '"
                  + code
                  + "' needs a column mapped to imp."
                  + code
                  + (map.satisfactionScale().isPresent()
                      ? " (a survey without importance questions is imported into a wish map"
                          + " without importanceScale)"
                      : ""));
        }
        if (map.satisfactionScale().isPresent()) {
          required.put("sat." + code, "value '" + code + "' needs a column mapped to sat." + code);
        }
      }
      for (String segment : map.segments()) {
        required.put(
            segment,
            "segment column '"
                + segment
                + "' of wish map "
                + map.id()
                + " needs a column mapped to it");
      }
      return required;
    }

    @Override
    public int topChoices() {
      return map.topChoices();
    }

    @Override
    public String segmentField() {
      return "segments";
    }

    @Override
    public WishMapResponse response(Row row, Pseudonym respondent) {
      return new WishMapResponse(
          respondent,
          row.importance,
          row.satisfaction,
          Arrays.stream(row.top).filter(t -> t != null).toList(),
          row.segments,
          row.networks,
          row.willingness,
          row.wishes);
    }

    @Override
    public List<FieldError> check(WishMapResponse response) {
      return map.check(response);
    }
  }

  private static final class MeasurementShape implements Shape<MeasurementResponse> {
    private final Scale scale;
    private final Map<String, List<String>> attributes;

    MeasurementShape(Scale scale, Map<String, List<String>> attributes) {
      this.scale = requireNonNull(scale, "scale");
      this.attributes = Map.copyOf(attributes);
    }

    @Override
    public Target target(String to) {
      if (scale.indexOf(to) >= 0) {
        return new Target(Kind.ITEM, to, 0, Optional.of(scale.response()), Optional.empty());
      }
      if (attributes.containsKey(to)) {
        return new Target(
            Kind.SEGMENT, to, 0, Optional.empty(), Optional.of(List.copyOf(attributes.get(to))));
      }
      if (to.equals("respondent")) {
        return Target.of(Kind.RESPONDENT, "");
      }
      List<String> columns = new ArrayList<>();
      scale.items().forEach(i -> columns.add(i.id()));
      columns.addAll(attributes.keySet().stream().sorted().toList());
      columns.add("respondent");
      throw new IllegalArgumentException(
          "'"
              + to
              + "' is not an item of scale "
              + scale.id()
              + " nor a declared attribute; it takes "
              + String.join(", ", columns));
    }

    @Override
    public Map<String, String> required() {
      // A measurement response names its respondent: waves are linked by it.
      return Map.of(
          "respondent", "a measurement response needs the respondent's pseudonym: map respondent");
    }

    @Override
    public int topChoices() {
      return 0;
    }

    @Override
    public String segmentField() {
      return "attributes";
    }

    @Override
    public MeasurementResponse response(Row row, Pseudonym respondent) {
      return new MeasurementResponse(respondent, row.answers, row.segments);
    }

    @Override
    public List<FieldError> check(MeasurementResponse response) {
      return response.check(scale);
    }
  }

  /** The problems found so far, at most {@link #MAX_PROBLEMS}, and how many more. */
  private static final class Problems {
    final List<Problem> problems = new ArrayList<>();
    long more;

    void add(Problem problem) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      } else {
        more++;
      }
    }

    /** Problems the CSV reader found, whose field is {@code row N} or {@code row N, column C}. */
    void addAll(List<FieldError> errors) {
      for (FieldError error : errors) {
        Matcher where = WHERE.matcher(error.field());
        if (where.matches()) {
          add(
              new Problem(
                  Long.parseLong(where.group(1)),
                  Optional.ofNullable(where.group(2)),
                  error.reason()));
        } else {
          add(new Problem(1, Optional.empty(), error.field() + ": " + error.reason()));
        }
      }
    }

    /** A problem with a cell of the current row; without a column, with the row. */
    void add(CsvCursor csv, String column, String reason) {
      add(new Problem(csv.row(), Optional.ofNullable(column), reason));
    }

    boolean any() {
      return !problems.isEmpty();
    }
  }
}
