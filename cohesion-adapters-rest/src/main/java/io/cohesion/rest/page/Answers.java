package io.cohesion.rest.page;

import io.cohesion.core.FieldError;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.trust.MeasurementAnswer;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a resident entered on a form, checked against its questions: each question's chosen values
 * as the form sent them (to show again), and the problems found, by field. Nothing here decides
 * whether answers fit a wave: that is the use case's check, whose errors {@link #add} maps back to
 * the fields.
 */
final class Answers {
  private final Questionnaire questionnaire;
  private final Map<String, List<String>> given = new LinkedHashMap<>();
  private final Map<String, Text> errors = new LinkedHashMap<>();

  private Answers(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** No answers yet. */
  static Answers none(Questionnaire questionnaire) {
    return new Answers(questionnaire);
  }

  /** The answers a form sent, each question's values checked against its options. */
  static Answers read(Questionnaire questionnaire, Map<String, List<String>> form) {
    Answers answers = new Answers(questionnaire);
    Set<String> ranked = new HashSet<>();
    for (Questionnaire.Question q : questionnaire.questions()) {
      List<String> values = new ArrayList<>();
      for (String v : form.getOrDefault(q.field(), List.of())) {
        String value = q.kind() == Questionnaire.Kind.TEXT ? v.strip() : v;
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
      if (values.isEmpty()) {
        continue;
      }
      answers.given.put(q.field(), List.copyOf(values));
      switch (q.kind()) {
        case SCALE -> answers.requireOneOption(q, values, "error.scale");
        case ONE_OF -> answers.requireOneOption(q, values, "error.choice");
        case RANK -> {
          answers.requireOneOption(q, values, "error.choice");
          if (values.size() == 1 && !ranked.add(values.get(0))) {
            answers.errors.put(q.field(), Messages.text("error.twice"));
          }
        }
        case SOME_OF -> {
          if (values.stream().anyMatch(v -> q.option(v).isEmpty())) {
            answers.errors.put(q.field(), Messages.text("error.choice"));
          }
        }
        case TEXT -> {
          if (values.size() != 1 || values.get(0).length() > Questionnaire.MAX_TEXT) {
            answers.errors.put(q.field(), Messages.text("error.long", Questionnaire.MAX_TEXT));
          }
        }
      }
    }
    return answers;
  }

  private void requireOneOption(Questionnaire.Question q, List<String> values, String error) {
    if (values.size() != 1 || q.option(values.get(0)).isEmpty()) {
      errors.put(q.field(), Messages.text(error));
    }
  }

  /** The answers of a stored wish map response, as the form would have sent them. */
  static Answers of(Questionnaire questionnaire, WishMapResponse response) {
    Answers answers = new Answers(questionnaire);
    response.importance().forEach((code, v) -> answers.put("imp." + code, number(v)));
    response.satisfaction().forEach((code, v) -> answers.put("sat." + code, number(v)));
    for (int i = 0; i < response.topChoices().size(); i++) {
      answers.put("top" + (i + 1), response.topChoices().get(i));
    }
    response.segments().forEach((column, v) -> answers.put("seg." + column, v));
    if (!response.networks().isEmpty()) {
      answers.given.put("networks", List.copyOf(response.networks()));
    }
    response.willingness().ifPresent(w -> answers.put("willingness", Integer.toString(w)));
    if (!response.wishes().isEmpty()) {
      answers.put("wish", String.join("\n\n", response.wishes()));
    }
    return answers;
  }

  /** The answers of a stored measurement response, as the form would have sent them. */
  static Answers of(Questionnaire questionnaire, MeasurementResponse response) {
    Answers answers = new Answers(questionnaire);
    response.answers().forEach((item, v) -> answers.put("item." + item, number(v)));
    response.attributes().forEach((column, v) -> answers.put("attr." + column, v));
    return answers;
  }

  private void put(String field, String value) {
    given.put(field, List.of(value));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** The values entered for {@code field}, empty when none. */
  List<String> values(String field) {
    return given.getOrDefault(field, List.of());
  }

  /** Whether {@code field} holds {@code value}. */
  boolean has(String field, String value) {
    return values(field).contains(value);
  }

  /** The problems found, by field, in the order of the questions (a general one under ""). */
  Map<String, Text> errors() {
    Map<String, Text> ordered = new LinkedHashMap<>();
    if (errors.containsKey("")) {
      ordered.put("", errors.get(""));
    }
    for (Questionnaire.Question q : questionnaire.questions()) {
      if (errors.containsKey(q.field())) {
        ordered.put(q.field(), errors.get(q.field()));
      }
    }
    return ordered;
  }

  /** Adds a problem that concerns the whole form. */
  void general(Text problem) {
    errors.put("", problem);
  }

  /**
   * Adds the errors of the use case's check, each next to the question it names; one that names no
   * question is a problem of the whole form.
   */
  void add(List<FieldError> found) {
    for (FieldError error : found) {
      String field = field(error.field());
      if (questionnaire.question(field).isPresent()) {
        errors.putIfAbsent(field, Messages.text("error.answer"));
      } else {
        errors.putIfAbsent("", Messages.text("error.answer"));
      }
    }
  }

  /** The form field of a field the use case names, such as {@code importance.contact}. */
  private String field(String name) {
    if (name.startsWith("importance.")) {
      return "imp." + name.substring("importance.".length());
    }
    if (name.startsWith("satisfaction.")) {
      return "sat." + name.substring("satisfaction.".length());
    }
    if (name.startsWith("segments.")) {
      return "seg." + name.substring("segments.".length());
    }
    if (name.startsWith("answers.")) {
      return "item." + name.substring("answers.".length());
    }
    if (name.startsWith("attributes.")) {
      return "attr." + name.substring("attributes.".length());
    }
    if (name.startsWith("topChoices[")) {
      int end = name.indexOf(']');
      try {
        int index = Integer.parseInt(name.substring("topChoices[".length(), end));
        return rankFields().size() > index ? rankFields().get(index) : "";
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        return "";
      }
    }
    if (name.startsWith("wishes")) {
      return "wish";
    }
    return name;
  }

  /** The rank fields that hold a choice, in order: the top choices as they are sent. */
  private List<String> rankFields() {
    List<String> fields = new ArrayList<>();
    for (Questionnaire.Question q : questionnaire.questions()) {
      if (q.kind() == Questionnaire.Kind.RANK && !values(q.field()).isEmpty()) {
        fields.add(q.field());
      }
    }
    return fields;
  }

  /** The wish map submission these answers make for {@code answerer}. */
  ManageWishMaps.Submission wishMapSubmission(Answerer answerer) {
    Map<String, Double> importance = new LinkedHashMap<>();
    Map<String, Double> satisfaction = new LinkedHashMap<>();
    Map<String, String> segments = new LinkedHashMap<>();
    OptionalInt willingness = OptionalInt.empty();
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      String field = e.getKey();
      String value = e.getValue().get(0);
      if (field.startsWith("imp.")) {
        importance.put(field.substring(4), Double.valueOf(value));
      } else if (field.startsWith("sat.")) {
        satisfaction.put(field.substring(4), Double.valueOf(value));
      } else if (field.startsWith("seg.")) {
        segments.put(field.substring(4), value);
      } else if (field.equals("willingness")) {
        willingness = OptionalInt.of(Integer.parseInt(value));
      }
    }
    List<String> top = rankFields().stream().map(f -> values(f).get(0)).toList();
    List<String> wishes = values("wish").isEmpty() ? List.of() : List.of(values("wish").get(0));
    return new ManageWishMaps.Submission(
        answerer,
        importance,
        satisfaction,
        top,
        segments,
        new HashSet<>(values("networks")),
        willingness,
        wishes);
  }

  /** The measurement answer these answers make. */
  MeasurementAnswer measurementAnswer() {
    Map<String, Double> items = new LinkedHashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      String field = e.getKey();
      if (field.startsWith("item.")) {
        items.put(field.substring(5), Double.valueOf(e.getValue().get(0)));
      } else if (field.startsWith("attr.")) {
        attributes.put(field.substring(5), e.getValue().get(0));
      }
    }
    return new MeasurementAnswer(items, attributes);
  }
}
