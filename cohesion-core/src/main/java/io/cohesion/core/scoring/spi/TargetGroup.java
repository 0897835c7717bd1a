package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * The respondents an activity is scored against: its target segments when the small-group rule
 * allows, otherwise everyone. Figures here are aggregates only; no respondent is visible.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface TargetGroup {

  /** Whether the group is every respondent (no target segments, or none that may be used). */
  boolean overall();

  /** The urgency of a value in this group, or NaN when no respondent in it counts. */
  double urgency(String valueCode);

  /**
   * The share of this group's respondents who take part in at least one of {@code networks}; 0 for
   * no networks; NaN for a group without respondents.
   */
  double reach(Set<String> networks);
}
