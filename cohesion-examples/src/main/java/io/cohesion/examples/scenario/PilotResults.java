package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.activity.Attendance;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.WaveComparison;
import java.util.List;
import java.util.Optional;

/**
 * What the library made of a wish-map pilot's data: the figures the workshop report shows.
 *
 * @param redThread the red thread, split by every segment column of the wish map
 * @param activityFits the activity ideas ranked by fit
 * @param attendance the sessions of the chosen activity
 * @param trustBefore the trust scores before the activity
 * @param trustAfter the trust scores after it, if that wave was held
 * @param trustComparison the comparison of the two waves, if both were held
 */
public record PilotResults(
    RedThread redThread,
    List<ActivityFit> activityFits,
    Attendance attendance,
    ScaleReport trustBefore,
    Optional<ScaleReport> trustAfter,
    Optional<WaveComparison> trustComparison) {
  public PilotResults {
    requireNonNull(redThread, "redThread");
    activityFits = List.copyOf(activityFits);
    requireNonNull(attendance, "attendance");
    requireNonNull(trustBefore, "trustBefore");
    requireNonNull(trustAfter, "trustAfter");
    requireNonNull(trustComparison, "trustComparison");
  }
}
