package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.Identifiers;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The definition of a wish map (wensenkaart): the values residents rate, the scales they rate them
 * on, how many personal top choices they name, and the segment columns the analysis may split by.
 *
 * @param id the wish map id
 * @param values the values, at least two, with unique codes
 * @param importanceScale the range of importance answers, if the map asks for importance; a map
 *     built on an existing survey that asked for satisfaction (report grades) only has none, and
 *     its urgency is dissatisfaction alone (docs/scoring.md#without-importance)
 * @param satisfactionScale the range of satisfaction answers, if the map asks for satisfaction; a
 *     map asks for at least one of the two
 * @param topChoices how many personal top choices a respondent names (1…number of values)
 * @param segments the segment columns (for example {@code household}), unique
 * @param mobilisation the mobilisation block
 * @param declarations segment columns declared with their values, each one of {@code segments}; a
 *     response's value in a declared column must be one of its codes, and figures for people list
 *     the declared values in their order (docs/privacy.md#keys-are-declared)
 */
@API(status = STABLE, since = "0.1.0")
public record WishMap(
    WishMapId id,
    List<Value> values,
    Optional<ResponseRange> importanceScale,
    Optional<ResponseRange> satisfactionScale,
    int topChoices,
    List<String> segments,
    Mobilisation mobilisation,
    List<SegmentColumn> declarations) {

  /** The number of top choices when a wish map does not say. */
  public static final int DEFAULT_TOP_CHOICES = 3;

  private static final Set<String> RESERVED_COLUMNS =
      Set.of("respondent", "networks", "willingness", "wish", "invitationCode");

  /** A wish map that asks for importance on {@code importanceScale}. */
  public WishMap(
      WishMapId id,
      List<Value> values,
      ResponseRange importanceScale,
      Optional<ResponseRange> satisfactionScale,
      int topChoices,
      List<String> segments,
      Mobilisation mobilisation,
      List<SegmentColumn> declarations) {
    this(
        id,
        values,
        Optional.of(requireNonNull(importanceScale, "importance scale of wish map " + id)),
        satisfactionScale,
        topChoices,
        segments,
        mobilisation,
        declarations);
  }

  /** A wish map, asking importance or not, whose segment columns declare no values. */
  public WishMap(
      WishMapId id,
      List<Value> values,
      Optional<ResponseRange> importanceScale,
      Optional<ResponseRange> satisfactionScale,
      int topChoices,
      List<String> segments,
      Mobilisation mobilisation) {
    this(
        id,
        values,
        importanceScale,
        satisfactionScale,
        topChoices,
        segments,
        mobilisation,
        List.of());
  }

  /** A wish map whose segment columns declare no values. */
  public WishMap(
      WishMapId id,
      List<Value> values,
      ResponseRange importanceScale,
      Optional<ResponseRange> satisfactionScale,
      int topChoices,
      List<String> segments,
      Mobilisation mobilisation) {
    this(
        id,
        values,
        importanceScale,
        satisfactionScale,
        topChoices,
        segments,
        mobilisation,
        List.of());
  }

  public WishMap {
    requireNonNull(id, "id");
    declarations = List.copyOf(declarations);
    values = List.copyOf(values);
    requireNonNull(importanceScale, "importance scale of wish map " + id);
    requireNonNull(satisfactionScale, "satisfaction scale of wish map " + id);
    if (importanceScale.isEmpty() && satisfactionScale.isEmpty()) {
      throw new IllegalArgumentException(
          "wish map " + id + " needs an importance scale, a satisfaction scale or both");
    }
    segments = List.copyOf(segments);
    requireNonNull(mobilisation, "mobilisation of wish map " + id);
    if (values.size() < 2) {
      throw new IllegalArgumentException(
          "wish map " + id + " needs at least 2 values, got " + values.size());
    }
    Set<String> codes = new HashSet<>();
    for (Value value : values) {
      if (!codes.add(value.code())) {
        throw new IllegalArgumentException(
            "wish map " + id + " has value code '" + value.code() + "' twice");
      }
    }
    if (topChoices < 1 || topChoices > values.size()) {
      throw new IllegalArgumentException(
          "topChoices of wish map "
              + id
              + " must be between 1 and "
              + values.size()
              + ", got "
              + topChoices);
    }
    Set<String> seenSegments = new HashSet<>();
    for (String segment : segments) {
      Identifiers.check("segment column of wish map " + id, segment);
      if (RESERVED_COLUMNS.contains(segment)
          || segment.startsWith("imp.")
          || segment.startsWith("sat.")
          || segment.matches("top\\d+")) {
        throw new IllegalArgumentException(
            "segment column '" + segment + "' of wish map " + id + " is a reserved column name");
      }
      if (!seenSegments.add(segment)) {
        throw new IllegalArgumentException(
            "wish map " + id + " has segment column '" + segment + "' twice");
      }
    }
    Set<String> declared = new HashSet<>();
    for (SegmentColumn column : declarations) {
      if (!segments.contains(column.column())) {
        throw new IllegalArgumentException(
            "wish map "
                + id
                + " declares values for '"
                + column.column()
                + "', which is not one of its segment columns "
                + segments);
      }
      if (!declared.add(column.column())) {
        throw new IllegalArgumentException(
            "wish map " + id + " declares segment column '" + column.column() + "' twice");
      }
    }
  }

  /**
   * The segment columns whose values are declared, in the order of {@link #segments()}: the only
   * columns whose groups are released to a caller bound by disclosure control, since a value of a
   * bare column may be free text (docs/privacy.md#keys-are-declared).
   */
  public List<String> declaredSegments() {
    return segments.stream().filter(c -> declaration(c).isPresent()).toList();
  }

  /** The declaration of {@code column}, if its values are declared. */
  public Optional<SegmentColumn> declaration(String column) {
    for (SegmentColumn declared : declarations) {
      if (declared.column().equals(column)) {
        return Optional.of(declared);
      }
    }
    return Optional.empty();
  }

  /**
   * A wish map with the defaults of docs/cli.md: three top choices, no satisfaction, no segments.
   */
  public static WishMap of(WishMapId id, List<Value> values, ResponseRange importanceScale) {
    return new WishMap(
        id,
        values,
        importanceScale,
        Optional.empty(),
        DEFAULT_TOP_CHOICES,
        List.of(),
        Mobilisation.none());
  }

  /** The same wish map under {@code id}: another wave of it, say. */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public WishMap withId(WishMapId id) {
    return new WishMap(
        id,
        values,
        importanceScale,
        satisfactionScale,
        topChoices,
        segments,
        mobilisation,
        declarations);
  }

  /** The same wish map with {@code declarations} as its declared segment columns. */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public WishMap withDeclarations(List<SegmentColumn> declarations) {
    return new WishMap(
        id,
        values,
        importanceScale,
        satisfactionScale,
        topChoices,
        segments,
        mobilisation,
        declarations);
  }

  /**
   * Whether respondents rate the importance of values; a map without it (an existing survey of
   * satisfaction only) ranks values by dissatisfaction alone.
   */
  public boolean asksImportance() {
    return importanceScale.isPresent();
  }

  /** The value with this code, if the map has one. */
  public Optional<Value> value(String code) {
    return values.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** The position of the value with this code, or -1. */
  public int indexOf(String code) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every rule {@code response} breaks against this map: unknown value codes or segment columns,
   * answers out of range, an importance or satisfaction answer the map does not ask, duplicate or
   * too many top choices, willingness outside 1–5. An empty list means the response is valid.
   */
  public List<FieldError> check(WishMapResponse response) {
    List<FieldError> errors = new ArrayList<>();
    checkAnswers("importance", response.importance(), importanceScale, errors);
    checkAnswers("satisfaction", response.satisfaction(), satisfactionScale, errors);
    List<String> top = response.topChoices();
    if (top.size() > topChoices) {
      errors.add(
          new FieldError(
              "topChoices", "at most " + topChoices + " top choices, got " + top.size()));
    }
    // Field names are built for errors only: a file of a million rows checks every one of them.
    for (int i = 0; i < top.size(); i++) {
      String code = top.get(i);
      if (indexOf(code) < 0) {
        errors.add(new FieldError("topChoices[" + i + "]", "unknown value code '" + code + "'"));
      } else if (top.subList(0, i).contains(code)) {
        errors.add(
            new FieldError(
                "topChoices[" + i + "]", "value '" + code + "' is already a top choice"));
      }
    }
    for (Map.Entry<String, String> segment : response.segments().entrySet()) {
      String column = segment.getKey();
      if (!segments.contains(column)) {
        errors.add(
            new FieldError(
                "segments." + column, "unknown segment column; this wish map has " + segments));
      } else {
        declaration(column)
            .filter(d -> d.value(segment.getValue()).isEmpty())
            .ifPresent(
                d ->
                    errors.add(
                        new FieldError(
                            "segments." + column,
                            "not a declared value of "
                                + column
                                + "; this wish map declares "
                                + d.codes())));
      }
    }
    response
        .willingness()
        .ifPresent(
            w -> {
              if (w < 1 || w > 5) {
                errors.add(new FieldError("willingness", "must be between 1 and 5, got " + w));
              }
            });
    return errors;
  }

  /**
   * Returns {@code response} if it is valid for this map.
   *
   * @throws ValidationException naming every broken rule otherwise
   */
  public WishMapResponse validate(WishMapResponse response) {
    List<FieldError> errors = check(response);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return response;
  }

  private void checkAnswers(
      String field,
      Map<String, Double> answers,
      Optional<ResponseRange> range,
      List<FieldError> errors) {
    if (fit(answers, range)) {
      return;
    }
    for (Map.Entry<String, Double> answer : answers.entrySet()) {
      String code = answer.getKey();
      if (indexOf(code) < 0) {
        errors.add(new FieldError(field + "." + code, "unknown value code '" + code + "'"));
      } else if (range.isEmpty()) {
        errors.add(new FieldError(field + "." + code, "this wish map asks no " + field));
      } else if (!range.get().contains(answer.getValue())) {
        errors.add(
            new FieldError(
                field + "." + code,
                "must be within " + range.get() + ", got " + answer.getValue()));
      }
    }
  }

  /**
   * Whether every answer is to a value of this map and within {@code range}: the common case, found
   * by looking each value up rather than walking the answers (an immutable map's iterator is slow,
   * and a bulk import checks every row).
   */
  private boolean fit(Map<String, Double> answers, Optional<ResponseRange> range) {
    if (answers.isEmpty()) {
      return true;
    }
    if (range.isEmpty()) {
      return false;
    }
    ResponseRange scale = range.get();
    int found = 0;
    for (Value value : values) {
      Double answer = answers.get(value.code());
      if (answer != null) {
        if (!scale.contains(answer)) {
          return false;
        }
        found++;
      }
    }
    return found == answers.size();
  }
}
