package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.privacy.SmallGroupRule;

/**
 * How to score activities.
 *
 * @param rule the small-group rule that decides whether a target segment may be used
 * @param urgencyStrategy the name of the urgency strategy
 * @param fitStrategy the name of the activity-fit strategy
 */
public record FitOptions(SmallGroupRule rule, String urgencyStrategy, String fitStrategy) {
  public FitOptions {
    requireNonNull(rule, "rule");
    requireNonNull(urgencyStrategy, "urgencyStrategy");
    requireNonNull(fitStrategy, "fitStrategy");
  }

  /** {@code kMin} 5, the default urgency and the default fit. */
  public static FitOptions defaults() {
    return new FitOptions(SmallGroupRule.defaults(), DefaultUrgency.NAME, DefaultActivityFit.NAME);
  }

  /** These options with another small-group rule. */
  public FitOptions withRule(SmallGroupRule newRule) {
    return new FitOptions(newRule, urgencyStrategy, fitStrategy);
  }

  /** These options with the urgency strategy named {@code name}. */
  public FitOptions withUrgencyStrategy(String name) {
    return new FitOptions(rule, name, fitStrategy);
  }

  /** These options with the fit strategy named {@code name}. */
  public FitOptions withFitStrategy(String name) {
    return new FitOptions(rule, urgencyStrategy, name);
  }
}
