package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ResponseRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A mapping file (docs/survey-import.md): how the columns and answer texts of an existing survey's
 * export (LimeSurvey, KoboToolbox, a municipality's spreadsheet) become the columns of the
 * documented responses layout of docs/cli.md.
 *
 * <pre>{@code
 * {"columns": [
 *    {"column": "G01Q03[SQ001]", "to": "imp.contact", "answers": "importance"},
 *    {"column": "cijfer_winkel", "to": "sat.shop", "range": {"min": 1, "max": 10}},
 *    {"column": "netwerken", "to": "networks", "split": " ", "answers": {"dorpshuis": "village_hall"}},
 *    {"column": "_uuid", "to": "respondent"}],
 *  "answers": {"importance": {"helemaal niet belangrijk": 1, "zeer belangrijk": 5, "weet niet": null}},
 *  "ignore": ["submitdate", "_submission_time"]}
 * }</pre>
 *
 * <p>{@code to} names a column of the documented layout: for a wish map {@code imp.<code>}, {@code
 * sat.<code>}, {@code top1…topN}, a segment column, {@code networks}, {@code willingness}, {@code
 * wish} or {@code respondent}; for a measurement an item id, a declared attribute column or {@code
 * respondent}. Whether the target exists is checked against the definition by {@link
 * MappedResponsesCsv}; this class checks the file on its own. {@code answers} recodes answer texts
 * (compared without surrounding spaces and ignoring case) to a number, a code, or {@code null} for
 * a missing answer; it is an object or the name of an entry of the top-level {@code answers}. A
 * column mapped to a number (an answer on a scale, willingness) also takes numbers as they are.
 * {@code range} declares the range of a numeric answer in the export, mapped linearly onto the
 * target's scale. {@code split} cuts a cell into several answers (a multiple choice in one cell).
 * Every column of the export is mapped or listed in {@code ignore}.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class SurveyMapping {

  /** What an answer text is recoded to. */
  public sealed interface Answer {
    /** A number, for an answer on a scale or willingness. */
    record Number(double value) implements Answer {}

    /** A code or name, for a top choice, a segment, a network or an attribute. */
    record Code(String code) implements Answer {}

    /** A missing answer ({@code "weet niet"}). */
    record Missing() implements Answer {}
  }

  /**
   * One mapped column.
   *
   * @param column the column's name in the export's header
   * @param to the column of the documented layout it becomes
   * @param path where the rule is in the mapping file, for messages ({@code columns[3]})
   * @param answers the recoding of answer texts by their normalised text, if any
   * @param range the range of the export's numbers, mapped linearly onto the target's scale
   * @param split what separates several answers in one cell, if any
   */
  public record Rule(
      String column,
      String to,
      String path,
      Optional<Map<String, Answer>> answers,
      Optional<ResponseRange> range,
      Optional<String> split) {
    public Rule {
      answers = answers.map(a -> Collections.unmodifiableMap(new LinkedHashMap<>(a)));
    }
  }

  private final String source;
  private final List<Rule> rules;
  private final Set<String> ignored;

  private SurveyMapping(String source, List<Rule> rules, Set<String> ignored) {
    this.source = source;
    this.rules = List.copyOf(rules);
    this.ignored = Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
  }

  /** The name of the mapping file in messages. */
  public String source() {
    return source;
  }

  /** The mapped columns, in the file's order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The export's columns listed as ignored. */
  public Set<String> ignored() {
    return ignored;
  }

  /** An answer text as it is looked up: without surrounding spaces, in lower case. */
  public static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the mapping file at {@code file}; errors name the file as given.
   *
   * @throws FileFormatException naming every broken rule
   */
  public static SurveyMapping read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a mapping from {@code bytes}; {@code source} names it in messages. */
  public static SurveyMapping read(byte[] bytes, String source) throws IOException {
    return read(new ByteArrayInputStream(bytes), source);
  }

  /**
   * Reads a mapping file from {@code in}.
   *
   * @throws FileFormatException naming every broken rule
   */
  public static SurveyMapping read(InputStream in, String source) throws IOException {
    JsonFields fields = new JsonFields(source);
    JsonNode root = fields.parseObject(in);
    Map<String, Map<String, Answer>> named = new HashMap<>();
    JsonFields.optional(root, "answers")
        .flatMap(n -> fields.object(n, "answers"))
        .ifPresent(
            node -> {
              for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                recoding(entry.getValue(), "answers." + entry.getKey(), fields)
                    .ifPresent(r -> named.put(entry.getKey(), r));
              }
            });
    Set<String> ignored = new LinkedHashSet<>();
    JsonFields.optional(root, "ignore")
        .flatMap(n -> fields.array(n, "ignore"))
        .ifPresent(
            array -> {
              for (int i = 0; i < array.size(); i++) {
                String path = "ignore[" + i + "]";
                fields
                    .string(array.get(i), path)
                    .map(String::strip)
                    .ifPresent(
                        column -> {
                          if (!ignored.add(column)) {
                            fields.error(path, "'" + column + "' is listed twice");
                          }
                        });
              }
            });
    List<Rule> rules = new ArrayList<>();
    Map<String, String> columnsSeen = new HashMap<>();
    Optional<JsonNode> columns =
        fields.required(root, "columns", "columns").flatMap(n -> fields.array(n, "columns"));
    if (columns.isPresent()) {
      for (int i = 0; i < columns.get().size(); i++) {
        String path = "columns[" + i + "]";
        JsonNode element = columns.get().get(i);
        Optional<Rule> rule = rule(element, path, named, fields);
        JsonNode name = element.get("column");
        if (name == null || !name.isTextual()) {
          continue;
        }
        // A column is looked at even when the rest of its rule is broken: all problems at once.
        String column = name.textValue().strip();
        String earlier = columnsSeen.putIfAbsent(column, path);
        if (earlier != null) {
          fields.error(path + ".column", "'" + column + "' is already mapped by " + earlier);
        } else if (ignored.contains(column)) {
          fields.error(path + ".column", "'" + column + "' is also listed in ignore");
        } else {
          rule.ifPresent(rules::add);
        }
      }
    }
    fields.throwIfAny();
    return new SurveyMapping(source, rules, ignored);
  }

  private static Optional<Rule> rule(
      JsonNode element, String path, Map<String, Map<String, Answer>> named, JsonFields fields) {
    Optional<JsonNode> node = fields.object(element, path);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> column =
        fields
            .required(node.get(), "column", path + ".column")
            .flatMap(n -> fields.string(n, path + ".column"))
            .map(String::strip);
    Optional<String> to =
        fields
            .required(node.get(), "to", path + ".to")
            .flatMap(n -> fields.string(n, path + ".to"))
            .map(String::strip);
    Optional<Map<String, Answer>> answers = Optional.empty();
    Optional<JsonNode> answersNode = JsonFields.optional(node.get(), "answers");
    boolean answersBroken = false;
    if (answersNode.isPresent()) {
      JsonNode a = answersNode.get();
      if (a.isTextual()) {
        answers = Optional.ofNullable(named.get(a.textValue()));
        if (answers.isEmpty()) {
          fields.error(
              path + ".answers",
              "names '"
                  + a.textValue()
                  + "', which is not an entry of the top-level answers"
                  + (named.isEmpty() ? "" : " " + new TreeSet<>(named.keySet())));
          answersBroken = true;
        }
      } else {
        answers = recoding(a, path + ".answers", fields);
        answersBroken = answers.isEmpty();
      }
    }
    Optional<ResponseRange> range =
        JsonFields.optional(node.get(), "range").flatMap(n -> fields.range(n, path + ".range"));
    Optional<String> split =
        JsonFields.optional(node.get(), "split").flatMap(n -> fields.string(n, path + ".split"));
    if (split.isPresent() && split.get().isEmpty()) {
      fields.error(path + ".split", "must not be empty");
    }
    if (column.isEmpty() || to.isEmpty() || answersBroken) {
      return Optional.empty();
    }
    if (column.get().isEmpty()) {
      fields.error(path + ".column", "must not be empty");
      return Optional.empty();
    }
    return Optional.of(new Rule(column.get(), to.get(), path, answers, range, split));
  }

  /** An object of answer texts to a number, a code or null. */
  private static Optional<Map<String, Answer>> recoding(
      JsonNode node, String path, JsonFields fields) {
    if (fields.object(node, path).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Answer> recoding = new LinkedHashMap<>();
    boolean broken = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String text = normalise(entry.getKey());
      String at = path + "." + entry.getKey();
      JsonNode value = entry.getValue();
      Answer answer;
      if (value.isNull()) {
        answer = new Answer.Missing();
      } else if (value.isNumber()) {
        answer = new Answer.Number(value.doubleValue());
      } else if (value.isTextual() && !value.textValue().isBlank()) {
        answer = new Answer.Code(value.textValue().strip());
      } else {
        fields.error(at, "must be a number, a code or null (a missing answer)");
        broken = true;
        continue;
      }
      if (recoding.putIfAbsent(text, answer) != null) {
        fields.error(at, "the answer text '" + text + "' is recoded twice (case is ignored)");
        broken = true;
      }
    }
    return broken ? Optional.empty() : Optional.of(recoding);
  }
}
