package io.cohesion.examples.scenario;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws synthetic wish-map responses from segment models. Every respondent gets a personal tendency
 * to rate high or to be content, so answers correlate within a person as they do in real surveys; a
 * few answers are left missing on purpose, so the analysis meets missing data too.
 */
final class WishMapSurvey {
  private static final double IMPORTANCE_NOISE = 0.75;
  private static final double SATISFACTION_NOISE = 0.8;
  private static final double MISSING_IMPORTANCE = 0.03;
  private static final double MISSING_SATISFACTION = 0.04;
  private static final double NO_TOP_CHOICES = 0.04;
  private static final double FEWER_TOP_CHOICES = 0.06;
  private static final double MISSING_WILLINGNESS = 0.05;
  private static final double WRITES_A_WISH = 0.2;

  private WishMapSurvey() {}

  /**
   * Responses for every member of every segment, in a shuffled order.
   *
   * @param map the wish map the responses answer
   * @param segmentColumn the column the segments belong to, for example {@code household}
   * @param segments the segment models
   * @param areas a second segment column: area name to the number of respondents living there; the
   *     counts must add up to the number of respondents
   * @param pseudonymPrefix the start of every pseudonym, which marks the data as synthetic
   * @param draws the seeded source of every random choice
   */
  static List<WishMapResponse> draw(
      WishMap map,
      String segmentColumn,
      List<SegmentModel> segments,
      String areaColumn,
      Map<String, Integer> areas,
      String pseudonymPrefix,
      Draws draws) {
    List<SegmentModel> members = new ArrayList<>();
    for (SegmentModel segment : segments) {
      for (int i = 0; i < segment.size(); i++) {
        members.add(segment);
      }
    }
    List<String> areaOfMember = new ArrayList<>();
    // Sorted, so the data do not depend on the iteration order of the caller's map.
    new java.util.TreeMap<>(areas)
        .forEach(
            (area, count) -> {
              for (int i = 0; i < count; i++) {
                areaOfMember.add(area);
              }
            });
    if (areaOfMember.size() != members.size()) {
      throw new IllegalArgumentException(
          "areas hold "
              + areaOfMember.size()
              + " respondents but the segments hold "
              + members.size());
    }
    draws.shuffle(members);
    draws.shuffle(areaOfMember);

    List<WishMapResponse> responses = new ArrayList<>(members.size());
    for (int r = 0; r < members.size(); r++) {
      Pseudonym respondent =
          new Pseudonym(String.format(java.util.Locale.ROOT, "%s-%04d", pseudonymPrefix, r + 1));
      Map<String, String> segmentValues =
          Map.of(segmentColumn, members.get(r).name(), areaColumn, areaOfMember.get(r));
      responses.add(respond(map, members.get(r), respondent, segmentValues, draws));
    }
    return List.copyOf(responses);
  }

  private static WishMapResponse respond(
      WishMap map,
      SegmentModel segment,
      Pseudonym respondent,
      Map<String, String> segmentValues,
      Draws draws) {
    ResponseRange importanceRange =
        map.importanceScale()
            .orElseThrow(() -> new IllegalArgumentException("the survey asks importance"));
    ResponseRange satisfactionRange =
        map.satisfactionScale()
            .orElseThrow(() -> new IllegalArgumentException("the survey asks satisfaction"));
    double ratesHigh = draws.normal(0, 0.3);
    double content = draws.normal(0, 0.35);

    Map<String, Double> importance = new HashMap<>();
    Map<String, Double> satisfaction = new HashMap<>();
    Map<String, Double> priority = new HashMap<>();
    for (Value value : map.values()) {
      String code = value.code();
      double latent =
          segment.profile().importance(code) + ratesHigh + draws.normal(0, IMPORTANCE_NOISE);
      priority.put(code, latent + draws.normal(0, 0.4));
      if (!draws.chance(MISSING_IMPORTANCE)) {
        importance.put(code, clampRound(latent, importanceRange));
      }
      double satisfied =
          segment.profile().satisfaction(code) + content + draws.normal(0, SATISFACTION_NOISE);
      if (!draws.chance(MISSING_SATISFACTION)) {
        satisfaction.put(code, clampRound(satisfied, satisfactionRange));
      }
    }

    int topCount = map.topChoices();
    if (draws.chance(NO_TOP_CHOICES)) {
      topCount = 0;
    } else if (draws.chance(FEWER_TOP_CHOICES)) {
      topCount = 1 + draws.below(Math.max(1, map.topChoices() - 1));
    }
    List<String> topChoices =
        map.values().stream()
            .map(Value::code)
            .sorted(
                Comparator.comparingDouble((String code) -> priority.get(code))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .limit(topCount)
            .toList();

    Set<String> networks = new TreeSet<>();
    segment.networks().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            network -> {
              if (draws.chance(network.getValue())) {
                networks.add(network.getKey());
              }
            });

    OptionalInt willingness =
        draws.chance(MISSING_WILLINGNESS)
            ? OptionalInt.empty()
            : OptionalInt.of(draws.likert(segment.willingness(), 1.0, 1, 5));
    List<String> wishes =
        !segment.wishes().isEmpty() && draws.chance(WRITES_A_WISH)
            ? List.of(segment.wishes().get(draws.below(segment.wishes().size())))
            : List.of();

    return map.validate(
        new WishMapResponse(
            respondent,
            importance,
            satisfaction,
            topChoices,
            segmentValues,
            networks,
            willingness,
            wishes));
  }

  private static double clampRound(double latent, ResponseRange range) {
    return Math.max(range.min(), Math.min(range.max(), Math.rint(latent)));
  }
}
