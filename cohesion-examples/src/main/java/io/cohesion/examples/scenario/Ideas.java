package io.cohesion.examples.scenario;

import io.cohesion.core.TargetValue;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes down activity ideas as a workshop does. */
final class Ideas {
  private Ideas() {}

  /** A planned activity; {@code null} for a link or benefit the idea does not (yet) have. */
  static Activity idea(
      NeighbourhoodId neighbourhood,
      String id,
      String name,
      List<TargetValue> targets,
      List<TargetSegment> segments,
      Set<String> partners,
      String sustainabilityLink,
      String benefit) {
    return new Activity(
        new ActivityId(id),
        neighbourhood,
        name,
        name,
        targets,
        segments,
        partners,
        Optional.ofNullable(sustainabilityLink),
        Optional.ofNullable(benefit),
        ActivityStatus.PLANNED);
  }

  /** The idea that was chosen, moved on to {@code status}. */
  static Activity chosen(
      ActivityStatus status,
      NeighbourhoodId neighbourhood,
      String id,
      String name,
      List<TargetValue> targets,
      List<TargetSegment> segments,
      Set<String> partners,
      String sustainabilityLink,
      String benefit) {
    Activity activity =
        idea(neighbourhood, id, name, targets, segments, partners, sustainabilityLink, benefit);
    for (ActivityStatus next : ActivityStatus.values()) {
      if (activity.status() == status) {
        break;
      }
      if (next.ordinal() > activity.status().ordinal()) {
        activity = activity.moveTo(next);
      }
    }
    return activity;
  }

  static TargetValue target(String code, double weight) {
    return new TargetValue(code, weight);
  }
}
