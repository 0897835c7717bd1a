package io.cohesion.rest.page;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions of one wave in the order a resident answers them: the one model behind the online
 * form, its answers page and the paper form, so that the three never differ.
 *
 * @param title the form's heading
 * @param sections the sections, in order
 */
record Questionnaire(Text title, List<Section> sections) {
  /** The longest free text the form takes. */
  static final int MAX_TEXT = 2000;

  /** The most points a scale question shows; longer ranges are not scales people tick. */
  private static final int MAX_POINTS = 11;

  Questionnaire {
    requireNonNull(title, "title");
    sections = List.copyOf(sections);
  }

  /** How a question is answered. */
  enum Kind {
    /** One point of a numeric scale: radio buttons, boxes on paper. */
    SCALE,
    /** One of a few declared options: radio buttons, boxes on paper. */
    ONE_OF,
    /** A place in a ranking of the options: a select online, a column of a grid on paper. */
    RANK,
    /** Any of the options: checkboxes. */
    SOME_OF,
    /** Free text: a text area, lines on paper. */
    TEXT
  }

  /**
   * One option of a question.
   *
   * @param value what the form sends: a number or a declared code, never shown to people
   * @param label what people read
   */
  record Option(String value, Text label) {}

  /**
   * One question.
   *
   * @param field the form field, such as {@code imp.contact} or {@code item.SC1}
   * @param legend the question as people read it
   * @param kind how it is answered
   * @param options the options, in order (none for text)
   * @param low the words for the lowest point of a scale, if any
   * @param high the words for the highest point of a scale, if any
   */
  record Question(
      String field,
      Text legend,
      Kind kind,
      List<Option> options,
      Optional<Text> low,
      Optional<Text> high) {
    Question {
      options = List.copyOf(options);
    }

    /** The option sent as {@code value}, if the question has it. */
    Optional<Option> option(String value) {
      return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
  }

  /**
   * A group of questions under one heading.
   *
   * @param heading the heading
   * @param intro a sentence under it, if any
   * @param questions the questions, in order
   */
  record Section(Text heading, Optional<Text> intro, List<Question> questions) {
    Section {
      questions = List.copyOf(questions);
    }

    /** Whether the section's questions rank the same options (the top choices). */
    boolean ranking() {
      return !questions.isEmpty() && questions.stream().allMatch(q -> q.kind() == Kind.RANK);
    }
  }

  /** Every question, in order. */
  List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  /** The question of {@code field}, if there is one. */
  Optional<Question> question(String field) {
    return questions().stream().filter(q -> q.field().equals(field)).findFirst();
  }

  /** The questions of a wish map: values, top choices, segments, then mobilisation. */
  static Questionnaire of(WishMap map) {
    List<Section> sections = new ArrayList<>();
    map.importanceScale()
        .ifPresent(
            range ->
                sections.add(
                    ratings(
                        map,
                        "imp.",
                        "importance",
                        range,
                        Messages.text("importance.low"),
                        Messages.text("importance.high"))));
    map.satisfactionScale()
        .ifPresent(
            range ->
                sections.add(
                    ratings(
                        map,
                        "sat.",
                        "satisfaction",
                        range,
                        Messages.text("satisfaction.low"),
                        Messages.text("satisfaction.high"))));
    List<Option> values = map.values().stream().map(v -> new Option(v.code(), v.label())).toList();
    List<Question> ranks = new ArrayList<>();
    for (int p = 1; p <= map.topChoices(); p++) {
      ranks.add(
          new Question(
              "top" + p,
              Messages.text("top.rank", p),
              Kind.RANK,
              values,
              Optional.empty(),
              Optional.empty()));
    }
    sections.add(
        new Section(
            Messages.text("top.heading"),
            Optional.of(Messages.text("top.intro", map.topChoices())),
            ranks));
    List<Question> about = new ArrayList<>();
    for (String column : map.segments()) {
      map.declaration(column).ifPresent(d -> about.add(oneOf("seg." + column, d)));
    }
    if (!about.isEmpty()) {
      sections.add(new Section(Messages.text("about.heading"), Optional.empty(), about));
    }
    List<Question> mobilise = new ArrayList<>();
    List<String> networks = map.mobilisation().networks();
    if (!networks.isEmpty()) {
      mobilise.add(
          new Question(
              "networks",
              Messages.text("networks.legend"),
              Kind.SOME_OF,
              networks.stream().map(n -> new Option(n, Text.of(n))).toList(),
              Optional.empty(),
              Optional.empty()));
    }
    mobilise.add(
        new Question(
            "willingness",
            Messages.text("willingness.legend"),
            Kind.SCALE,
            points(new ResponseRange(1, 5)),
            Optional.of(Messages.text("willingness.low")),
            Optional.of(Messages.text("willingness.high"))));
    mobilise.add(
        new Question(
            "wish",
            Messages.text("wish.legend"),
            Kind.TEXT,
            List.of(),
            Optional.empty(),
            Optional.empty()));
    sections.add(new Section(Messages.text("mobilise.heading"), Optional.empty(), mobilise));
    return new Questionnaire(Messages.text("wishmap.title"), sections);
  }

  /** The questions of a measurement: its scale's items, then its declared attributes. */
  static Questionnaire of(Measurement measurement, Scale scale) {
    List<Section> sections = new ArrayList<>();
    List<Option> points = points(scale.response());
    List<Question> items = new ArrayList<>();
    for (Item item : scale.items()) {
      items.add(
          new Question(
              "item." + item.id(),
              item.text(),
              Kind.SCALE,
              points,
              Optional.empty(),
              Optional.empty()));
    }
    sections.add(new Section(scale.name(), Optional.of(Messages.text("scale.intro")), items));
    List<Question> about =
        measurement.attributes().stream().map(d -> oneOf("attr." + d.column(), d)).toList();
    if (!about.isEmpty()) {
      sections.add(new Section(Messages.text("about.heading"), Optional.empty(), about));
    }
    Text title =
        new Text(
            Messages.in(Lang.NL, "measurement.title", scale.name().nl()),
            Messages.in(Lang.EN, "measurement.title", scale.name().en()));
    return new Questionnaire(title, sections);
  }

  private static Section ratings(
      WishMap map, String prefix, String key, ResponseRange range, Text low, Text high) {
    List<Option> points = points(range);
    List<Question> questions = new ArrayList<>();
    for (Value value : map.values()) {
      questions.add(
          new Question(
              prefix + value.code(),
              value.label(),
              Kind.SCALE,
              points,
              Optional.of(low),
              Optional.of(high)));
    }
    String min = points.get(0).value();
    String max = points.get(points.size() - 1).value();
    return new Section(
        Messages.text(key + ".heading"),
        Optional.of(Messages.text(key + ".intro", min, max)),
        questions);
  }

  private static Question oneOf(String field, SegmentColumn declared) {
    return new Question(
        field,
        declared.label(),
        Kind.ONE_OF,
        declared.values().stream().map(v -> new Option(v.code(), v.label())).toList(),
        Optional.empty(),
        Optional.empty());
  }

  /** The whole numbers of a range, at most {@value #MAX_POINTS} of them. */
  static List<Option> points(ResponseRange range) {
    long from = (long) Math.ceil(range.min());
    long to = (long) Math.floor(range.max());
    if (to < from || to - from + 1 > MAX_POINTS) {
      throw new IllegalArgumentException(
          "a scale of " + range + " has no whole points to tick, or too many");
    }
    List<Option> points = new ArrayList<>();
    for (long p = from; p <= to; p++) {
      points.add(new Option(Long.toString(p), Text.of(Long.toString(p))));
    }
    return points;
  }
}
