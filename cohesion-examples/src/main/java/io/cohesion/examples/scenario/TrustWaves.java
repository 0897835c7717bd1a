package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws two synthetic waves of a trust scale: households with a personal level of trust answer
 * before the activity; most of them answer again afterwards (the same pseudonym, so the waves link
 * up), a few new households answer only afterwards. Reversed items are answered the other way
 * round, as a resident who trusts their neighbours disagrees with "people here don't get along".
 */
final class TrustWaves {
  private static final double ITEM_NOISE = 0.75;
  private static final double MISSING_ANSWER = 0.03;

  private TrustWaves() {}

  /**
   * The design of the two waves.
   *
   * @param before how many households answer before
   * @param linked how many of those answer again afterwards
   * @param newAfter how many households answer only afterwards
   * @param mean the mean trust before, on the scale's range
   * @param sd the spread of trust between households
   * @param rise how much trust rises on average between the waves
   */
  record Design(int before, int linked, int newAfter, double mean, double sd, double rise) {
    Design {
      if (before < 0 || linked < 0 || newAfter < 0 || linked > before) {
        throw new IllegalArgumentException(
            "wave sizes must be non-negative with linked <= before, got before="
                + before
                + " linked="
                + linked
                + " newAfter="
                + newAfter);
      }
    }
  }

  /** The two waves. */
  record Waves(List<MeasurementResponse> before, List<MeasurementResponse> after) {
    Waves {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  static Waves draw(Scale scale, Design design, String pseudonymPrefix, Draws draws) {
    requireNonNull(scale, "scale");
    double[] shift = new double[scale.size()];
    for (int i = 0; i < shift.length; i++) {
      // Items differ a little in how easily people agree with them.
      shift[i] = draws.normal(0, 0.15);
    }
    List<MeasurementResponse> before = new ArrayList<>();
    List<MeasurementResponse> after = new ArrayList<>();
    for (int h = 0; h < design.before(); h++) {
      double trust = draws.normal(design.mean(), design.sd());
      Pseudonym household = household(pseudonymPrefix, h);
      before.add(answer(scale, household, trust, shift, draws));
      if (h < design.linked()) {
        double later = trust + design.rise() + draws.normal(0, 0.25);
        after.add(answer(scale, household, later, shift, draws));
      }
    }
    for (int h = design.before(); h < design.before() + design.newAfter(); h++) {
      double trust = draws.normal(design.mean() + design.rise(), design.sd());
      after.add(answer(scale, household(pseudonymPrefix, h), trust, shift, draws));
    }
    draws.shuffle(after);
    return new Waves(before, after);
  }

  private static Pseudonym household(String prefix, int h) {
    return new Pseudonym(String.format(Locale.ROOT, "%s-hh-%04d", prefix, h + 1));
  }

  private static MeasurementResponse answer(
      Scale scale, Pseudonym household, double trust, double[] shift, Draws draws) {
    ResponseRange range = scale.response();
    int min = (int) range.min();
    int max = (int) range.max();
    Map<String, Double> answers = new HashMap<>();
    for (int i = 0; i < scale.size(); i++) {
      Item item = scale.items().get(i);
      int agreement = draws.likert(trust + shift[i], ITEM_NOISE, min, max);
      if (draws.chance(MISSING_ANSWER)) {
        continue;
      }
      answers.put(item.id(), item.reverse() ? range.reverse(agreement) : (double) agreement);
    }
    return new MeasurementResponse(household, answers, Map.of()).validate(scale);
  }
}
