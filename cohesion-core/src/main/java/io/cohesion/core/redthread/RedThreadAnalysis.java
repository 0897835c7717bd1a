package io.cohesion.core.redthread;

import io.cohesion.core.scoring.spi.ScoringStrategies;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;

/** Analyses the responses to a wish map into its red thread (SPEC §5.3). */
public final class RedThreadAnalysis {

  private RedThreadAnalysis() {}

  /**
   * The red thread of {@code responses}, with the urgency strategy named in {@code options}.
   *
   * @throws io.cohesion.core.ValidationException when a response does not fit the map (naming the
   *     response by its position), a segment column is not one of the map's, or the urgency
   *     strategy is unknown
   */
  public static RedThread analyse(
      WishMap map, List<WishMapResponse> responses, RedThreadOptions options) {
    UrgencyStrategy urgency = ScoringStrategies.load().urgency(options.urgencyStrategy());
    return analyse(map, responses, options, urgency);
  }

  /**
   * The red thread of {@code responses} with the given urgency strategy; {@code
   * options.urgencyStrategy()} is not consulted.
   */
  public static RedThread analyse(
      WishMap map,
      List<WishMapResponse> responses,
      RedThreadOptions options,
      UrgencyStrategy urgency) {
    throw new UnsupportedOperationException("not yet");
  }
}
