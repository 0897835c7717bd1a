package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.wishmap.WishMap;
import org.apiguardian.api.API;

/**
 * What a red thread's urgency is made of, which follows from the scales its wish map asks
 * (docs/scoring.md#53-red-thread). Every report names it, in a field and in a sentence, because a
 * ranking by dissatisfaction alone reads differently from one by important-and-unsatisfied.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum UrgencyBasis {
  /** Importance × (1 − satisfaction): the map asks both. */
  IMPORTANCE_AND_SATISFACTION(
      "importanceAndSatisfaction",
      "Urgency is importance times dissatisfaction: important and unsatisfied is urgent."),
  /** Importance alone: the map asks no satisfaction. */
  IMPORTANCE("importance", "Urgency is importance alone: this wish map asks no satisfaction."),
  /** Dissatisfaction (1 − satisfaction) alone: the map asks no importance. */
  DISSATISFACTION(
      "dissatisfaction",
      "Urgency is dissatisfaction alone: this wish map asks no importance, so the values people"
          + " are least satisfied with rank first, however important they find them.");

  private final String code;
  private final String sentence;

  UrgencyBasis(String code, String sentence) {
    this.code = code;
    this.sentence = sentence;
  }

  /** The basis of the urgency of {@code map}'s red thread. */
  public static UrgencyBasis of(WishMap map) {
    if (!map.asksImportance()) {
      return DISSATISFACTION;
    }
    return map.satisfactionScale().isPresent() ? IMPORTANCE_AND_SATISFACTION : IMPORTANCE;
  }

  /** The code reports carry, for example {@code dissatisfaction}. */
  public String code() {
    return code;
  }

  /** One English sentence that says what urgency means for this basis, for people. */
  public String sentence() {
    return sentence;
  }
}
