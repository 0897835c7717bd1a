package io.cohesion.core.participation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Fits the model of trust and taking part (docs/scoring.md#trust-and-taking-part) on a
 * measurement's answers and a wish map's answers, linked by the respondent's pseudonym, and
 * releases it under the disclosure rules (docs/privacy.md#the-model-of-trust-and-taking-part):
 *
 * <ul>
 *   <li>for everyone: at least k linked persons and every level of the factor with at least k
 *       persons (else the model is withheld with the reason), at least 10 persons per term, and
 *       neither separation nor quasi-separation (else the request is refused);
 *   <li>for an audience bound by disclosure control, in addition: the factor is a declared segment
 *       column, and the cells any request could obtain from the same data — all linked persons, the
 *       willing at each cut, each level of each declared segment column and its willing at each cut
 *       — are weighed together by the leverage rule, whichever cut and factor one request asks for;
 *       a request that needs a cell the rule hides is refused. So moving the cut or choosing
 *       another factor reveals no more than one request does.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TrustAndTakingPart {

  /** The fewest linked persons per term of the model. */
  public static final int PERSONS_PER_TERM = 10;

  /** The willingness answers run from 1 to 5: a cut of 2 to 5 splits them. */
  private static final int[] CUTS = {2, 3, 4, 5};

  private TrustAndTakingPart() {}

  /**
   * The model for {@code audience}.
   *
   * @param measured the measurement's answers, each row naming its respondent's pseudonym
   * @param map the wish map, whose segment columns and their declarations the factor comes from
   * @param answers the wish map's answers
   * @param options the cut and the factor
   * @param audience who the figures are for
   * @throws ValidationException on {@code factor} for a column the wish map does not have (or, for
   *     a bound audience, does not declare), on {@code model} when the model cannot be fitted
   *     (separation, non-convergence, nobody or everybody willing, too few persons per term), or
   *     when a respondent appears twice in either wave
   * @return the model, or a withheld one ({@link ParticipationModel#withheld}) with the reason when
   *     the disclosure rules refuse its release
   */
  public static ParticipationModel model(
      ScaleData measured,
      WishMap map,
      List<WishMapResponse> answers,
      ModelOptions options,
      Audience audience) {
    requireNonNull(measured, "measured");
    requireNonNull(map, "map");
    requireNonNull(answers, "answers");
    requireNonNull(options, "options");
    requireNonNull(audience, "audience");
    int k = audience.k();
    Optional<List<String>> declaredLevels = checkFactor(map, options, audience);
    List<Person> linked = link(measured, answers);

    Optional<String> factor = options.factor();
    List<Person> fitted =
        factor.isEmpty()
            ? linked
            : linked.stream().filter(p -> p.segments.containsKey(factor.get())).toList();
    List<String> levels =
        factor.isEmpty()
            ? List.of()
            : declaredLevels.orElseGet(() -> levelsInCodePointOrder(fitted, factor.get()));
    int cut = options.cut();
    if (audience.bound()) {
      Optional<String> refused = refusal(map, linked, options, k);
      if (refused.isPresent()) {
        return ParticipationModel.withheld(cut, refused.get());
      }
    }
    if (fitted.size() < k) {
      return ParticipationModel.withheld(
          cut,
          "the model needs at least "
              + k
              + " linked persons (with a trust score and a willingness answer"
              + factor.map(f -> " and a value of '" + f + "'").orElse("")
              + "), got "
              + fitted.size());
    }
    int terms = 2 + Math.max(0, levels.size() - 1);
    if (fitted.size() < PERSONS_PER_TERM * terms) {
      throw ValidationException.of(
          "model",
          "the model has "
              + terms
              + " terms and needs at least "
              + PERSONS_PER_TERM
              + " linked persons per term ("
              + PERSONS_PER_TERM * terms
              + "), got "
              + fitted.size());
    }
    int events = 0;
    for (Person person : fitted) {
      events += person.willingness >= cut ? 1 : 0;
    }
    if (events == 0 || events == fitted.size()) {
      throw ValidationException.of(
          "model",
          (events == 0 ? "nobody" : "everybody")
              + " of the linked persons has a willingness of "
              + cut
              + " or more: the model needs both willing and other persons");
    }
    if (factor.isPresent()) {
      Optional<String> small = smallLevel(fitted, factor.get(), levels, k);
      if (small.isPresent()) {
        return ParticipationModel.withheld(cut, small.get());
      }
      checkLevels(fitted, factor.get(), levels, cut);
    }
    checkTrustSeparation(fitted, cut);

    List<String> names = new ArrayList<>();
    names.add("(Intercept)");
    names.add("trust");
    for (String level : levels.subList(Math.min(1, levels.size()), levels.size())) {
      names.add(factor.orElseThrow() + "=" + level);
    }
    double[][] x = new double[fitted.size()][names.size()];
    int[] y = new int[fitted.size()];
    for (int i = 0; i < fitted.size(); i++) {
      Person person = fitted.get(i);
      x[i][0] = 1;
      x[i][1] = person.trust;
      if (factor.isPresent()) {
        int level = levels.indexOf(person.segments.get(factor.get()));
        if (level > 0) {
          x[i][1 + level] = 1;
        }
      }
      y[i] = person.willingness >= cut ? 1 : 0;
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, names);
    return new ParticipationModel(
        fitted.size(),
        events,
        cut,
        fit.terms(),
        fit.deviance(),
        fit.nullDeviance(),
        fit.aic(),
        fitted.size() - names.size());
  }

  /** The factor's declared levels, if it has a declaration; refuses an unknown column. */
  private static Optional<List<String>> checkFactor(
      WishMap map, ModelOptions options, Audience audience) {
    if (options.factor().isEmpty()) {
      return Optional.empty();
    }
    String column = options.factor().get();
    if (!map.segments().contains(column)) {
      throw ValidationException.of(
          "factor",
          "'"
              + column
              + "' is not a segment column of wish map "
              + map.id()
              + " "
              + map.segments());
    }
    Optional<SegmentColumn> declaration = map.declaration(column);
    if (declaration.isEmpty() && audience.bound()) {
      throw ValidationException.of(
          "factor",
          "segment column '"
              + column
              + "' declares no values: its groups are shown only to those who hold the raw data"
              + " (declare its values with codes and labels; docs/privacy.md#keys-are-declared)");
    }
    return declaration.map(SegmentColumn::codes);
  }

  /** The persons with a trust score and a willingness answer, by pseudonym in code-point order. */
  private static List<Person> link(ScaleData measured, List<WishMapResponse> answers) {
    double[] scores = ScaleScoring.personScores(measured);
    Map<String, Double> trust = new HashMap<>();
    for (int row = 0; row < measured.size(); row++) {
      int at = row;
      String respondent =
          measured
              .respondent(row)
              .orElseThrow(
                  () ->
                      ValidationException.of(
                          "respondent",
                          "row " + (at + 1) + " of the measurement names no respondent"));
      if (trust.put(respondent, scores[row]) != null) {
        throw ValidationException.of(
            "respondent", "respondent '" + respondent + "' appears twice in the measurement");
      }
    }
    Map<String, Person> linked = new TreeMap<>(CODE_POINTS);
    for (WishMapResponse answer : answers) {
      String respondent = answer.respondent().value();
      if (linked.containsKey(respondent)) {
        throw ValidationException.of(
            "respondent", "respondent '" + respondent + "' appears twice in the wish map");
      }
      Double score = trust.get(respondent);
      if (score == null || score.isNaN() || answer.willingness().isEmpty()) {
        continue;
      }
      linked.put(respondent, new Person(score, answer.willingness().getAsInt(), answer.segments()));
    }
    return List.copyOf(linked.values());
  }

  private static final Comparator<String> CODE_POINTS =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private static List<String> levelsInCodePointOrder(List<Person> persons, String column) {
    TreeSet<String> levels = new TreeSet<>(CODE_POINTS);
    for (Person person : persons) {
      levels.add(person.segments.get(column));
    }
    return List.copyOf(levels);
  }

  /** The reason to withhold a model with a level of fewer than k persons, if one has. */
  private static Optional<String> smallLevel(
      List<Person> persons, String column, List<String> levels, int k) {
    int[] sizes = sizes(persons, column, levels);
    for (int l = 0; l < levels.size(); l++) {
      if (sizes[l] < k) {
        return Optional.of(
            "level '"
                + levels.get(l)
                + "' of '"
                + column
                + "' has fewer than "
                + k
                + " linked persons: the model is not released with this factor (merge small"
                + " levels in the wish map's declaration, or leave the factor out)");
      }
    }
    return Optional.empty();
  }

  private static int[] sizes(List<Person> persons, String column, List<String> levels) {
    int[] sizes = new int[levels.size()];
    for (Person person : persons) {
      int level = levels.indexOf(person.segments.get(column));
      if (level < 0) {
        throw ValidationException.of(
            "factor",
            "'"
                + person.segments.get(column)
                + "' is not a declared value of segment column '"
                + column
                + "'");
      }
      sizes[level]++;
    }
    return sizes;
  }

  /** The willing of no level may be all or nobody of it. */
  private static void checkLevels(
      List<Person> persons, String column, List<String> levels, int cut) {
    int[] sizes = sizes(persons, column, levels);
    int[] willing = new int[levels.size()];
    for (Person person : persons) {
      willing[levels.indexOf(person.segments.get(column))] += person.willingness >= cut ? 1 : 0;
    }
    for (int l = 0; l < levels.size(); l++) {
      if (willing[l] == 0 || willing[l] == sizes[l]) {
        throw ValidationException.of(
            "model",
            "quasi-separation: "
                + (willing[l] == 0 ? "none" : "all")
                + " of the persons with "
                + column
                + "="
                + levels.get(l)
                + " have a willingness of "
                + cut
                + " or more, so its estimate is not finite; leave the factor out or choose"
                + " another cut");
      }
    }
  }

  /** Trust alone must not order the willing wholly above (or below) the others. */
  private static void checkTrustSeparation(List<Person> persons, int cut) {
    double minWilling = Double.POSITIVE_INFINITY;
    double maxWilling = Double.NEGATIVE_INFINITY;
    double minOther = Double.POSITIVE_INFINITY;
    double maxOther = Double.NEGATIVE_INFINITY;
    for (Person person : persons) {
      if (person.willingness >= cut) {
        minWilling = Math.min(minWilling, person.trust);
        maxWilling = Math.max(maxWilling, person.trust);
      } else {
        minOther = Math.min(minOther, person.trust);
        maxOther = Math.max(maxOther, person.trust);
      }
    }
    if (maxOther <= minWilling || maxWilling <= minOther) {
      throw ValidationException.of(
          "model",
          "separation: trust alone splits the persons with a willingness of "
              + cut
              + " or more from the others, so its estimate is not finite");
    }
  }

  /**
   * Weighs every cell a bound caller can obtain from these linked persons, whatever cut and factor
   * one request names: the reason to withhold the model if the request needs a hidden one.
   */
  private static Optional<String> refusal(
      WishMap map, List<Person> linked, ModelOptions options, int k) {
    int n = linked.size();
    if (n < k) {
      return Optional.of(
          "the model needs at least " + k + " linked persons, got " + n + " (docs/privacy.md)");
    }
    // The cells every request needs, cut first on their own: all linked persons and the willing
    // at each cut.
    List<int[]> cells = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    cells.add(members(linked, p -> true));
    keys.add("");
    for (int cut : CUTS) {
      cells.add(members(linked, p -> p.willingness >= cut));
      keys.add("cut=" + cut);
    }
    DisclosurePolicy policy = DisclosurePolicy.defaults();
    boolean[] base = policy.hidden(cells, new boolean[cells.size()], n, k);
    if (base[0]) {
      return Optional.of(
          "releasing the model would single out fewer than " + k + " persons (docs/privacy.md)");
    }
    List<Boolean> hidden = new ArrayList<>();
    List<int[]> released = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      hidden.add(base[c]);
      if (!base[c]) {
        released.add(cells.get(c));
      }
    }
    // Then each declared column in declared order, over what is released before it: its levels
    // and their willing at each cut. A column the remedy cannot cut is no factor at all.
    for (String column : map.declaredSegments()) {
      List<int[]> candidate = new ArrayList<>();
      List<String> candidateKeys = new ArrayList<>();
      for (String code : map.declaration(column).orElseThrow().codes()) {
        candidate.add(members(linked, p -> code.equals(p.segments.get(column))));
        candidateKeys.add(column + "=" + code);
        for (int cut : CUTS) {
          candidate.add(
              members(linked, p -> code.equals(p.segments.get(column)) && p.willingness >= cut));
          candidateKeys.add(column + "=" + code + "&cut=" + cut);
        }
      }
      boolean[] cut =
          policy.cut(released, candidate, new boolean[candidate.size()], n, k).orElse(null);
      for (int c = 0; c < candidate.size(); c++) {
        boolean hide = cut == null || cut[c];
        cells.add(candidate.get(c));
        keys.add(candidateKeys.get(c));
        hidden.add(hide);
        if (!hide) {
          released.add(candidate.get(c));
        }
      }
    }
    List<String> needed = new ArrayList<>();
    List<String> codes =
        options.factor().map(c -> map.declaration(c).orElseThrow().codes()).orElse(List.of());
    codes.forEach(code -> needed.add(options.factor().get() + "=" + code));
    needed.add("cut=" + options.cut());
    codes.forEach(
        code -> needed.add(options.factor().get() + "=" + code + "&cut=" + options.cut()));
    // the smallest hidden cell the request needs is the one the refusal names
    needed.sort(Comparator.comparingInt(key -> cells.get(keys.indexOf(key)).length));
    for (String key : needed) {
      int at = keys.indexOf(key);
      if (hidden.get(at) && cells.get(at).length > 0) {
        return Optional.of(
            "the model at cut "
                + options.cut()
                + options.factor().map(f -> " with factor '" + f + "'").orElse("")
                + " would single out fewer than "
                + k
                + " persons ("
                + describe(key)
                + "); try another cut, or leave the factor out (docs/privacy.md)");
      }
    }
    return Optional.empty();
  }

  private static String describe(String key) {
    if (key.startsWith("cut=")) {
      return "the persons with a willingness of " + key.substring(4) + " or more";
    }
    int and = key.indexOf("&cut=");
    if (and < 0) {
      return "the persons with " + key;
    }
    return "the persons with "
        + key.substring(0, and)
        + " and a willingness of "
        + key.substring(and + 5)
        + " or more";
  }

  private static int[] members(List<Person> persons, java.util.function.Predicate<Person> in) {
    int count = 0;
    int[] members = new int[persons.size()];
    for (int i = 0; i < persons.size(); i++) {
      if (in.test(persons.get(i))) {
        members[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(members, count);
  }

  /** A linked person: trust score, willingness and segments. */
  private record Person(double trust, int willingness, Map<String, String> segments) {}
}
