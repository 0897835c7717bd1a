package io.cohesion.examples.scenario;

import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.activity.TargetValue;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.scoring.spi.SegmentKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes down activity ideas as a workshop does, and hands them to the fit ranking. */
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

  /** What the fit strategy needs to know of an activity. */
  static ActivityProfile profile(Activity activity) {
    return new ActivityProfile(
        activity.name(),
        activity.targets().stream()
            .map(t -> new io.cohesion.core.scoring.spi.TargetValue(t.code(), t.weight()))
            .toList(),
        activity.segments().stream().map(s -> new SegmentKey(s.column(), s.value())).toList(),
        activity.partners(),
        activity.sustainabilityLink(),
        activity.benefit());
  }
}
