package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic data of a wish-map pilot: the wish map and its responses, the segment the red
 * thread is about, the activity ideas the workshop ranks, and the trust waves.
 *
 * @param scenario the scenario name, for example {@code nij-beets}
 * @param neighbourhood the neighbourhood id
 * @param neighbourhoodName the neighbourhood's name, marked as synthetic data
 * @param municipality the municipality the neighbourhood lies in
 * @param wishMap the wish map
 * @param responses its synthetic responses
 * @param keySegmentColumn the segment column the story is about, for example {@code household}
 * @param keySegment the segment the story is about, for example {@code young_parents}
 * @param activities the activity ideas the workshop ranks by fit, the chosen one among them
 * @param sessions the sessions of the activities that took place, with attendance
 * @param scale the trust scale
 * @param trustBefore the trust wave before the activity
 * @param trustAfter the trust wave after the activity, empty when it has not been held yet
 * @param trustBeforeOpened the first day of the wave before
 * @param trustAfterOpened the first day of the wave after (planned, when it has not been held)
 */
public record PilotData(
    String scenario,
    NeighbourhoodId neighbourhood,
    String neighbourhoodName,
    String municipality,
    WishMap wishMap,
    List<WishMapResponse> responses,
    String keySegmentColumn,
    String keySegment,
    List<Activity> activities,
    List<ActivitySession> sessions,
    Scale scale,
    List<MeasurementResponse> trustBefore,
    List<MeasurementResponse> trustAfter,
    LocalDate trustBeforeOpened,
    LocalDate trustAfterOpened) {
  public PilotData {
    requireNonNull(scenario, "scenario");
    requireNonNull(neighbourhood, "neighbourhood");
    requireNonNull(neighbourhoodName, "neighbourhood name");
    requireNonNull(municipality, "municipality");
    requireNonNull(wishMap, "wish map");
    responses = List.copyOf(responses);
    requireNonNull(keySegmentColumn, "key segment column");
    requireNonNull(keySegment, "key segment");
    if (!wishMap.segments().contains(keySegmentColumn)) {
      throw new IllegalArgumentException(
          "key segment column '" + keySegmentColumn + "' is not a segment of " + wishMap.id());
    }
    activities = List.copyOf(activities);
    sessions = List.copyOf(sessions);
    requireNonNull(scale, "scale");
    trustBefore = List.copyOf(trustBefore);
    trustAfter = List.copyOf(trustAfter);
    requireNonNull(trustBeforeOpened, "trustBeforeOpened");
    requireNonNull(trustAfterOpened, "trustAfterOpened");
  }
}
