package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.activity.ActivityFlag;
import io.cohesion.core.scoring.spi.FitPart;
import io.cohesion.core.scoring.spi.SegmentKey;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The fit of one candidate activity to the red thread (docs/scoring.md#55-activity-fit), with every
 * part of it, the group it was scored against, and what the activity still lacks.
 *
 * @param activity the activity's name, unique within one ranking
 * @param rank 1 for the best fit: by fit descending (undefined last), then name
 * @param fit the fit; NaN when undefined
 * @param parts the parts of the fit as the strategy reports them
 * @param basis which respondents the fit was computed over
 * @param segmentsUsed the target segments whose respondents were used; empty for everyone
 * @param flags what the activity lacks; flagged activities are ranked like the others
 */
@API(status = STABLE, since = "0.1.0")
public record ActivityFit(
    String activity,
    int rank,
    double fit,
    List<FitPart> parts,
    Basis basis,
    List<SegmentKey> segmentsUsed,
    List<ActivityFlag> flags) {
  public ActivityFit {
    requireNonNull(activity, "activity");
    if (rank < 1) {
      throw new IllegalArgumentException("rank of " + activity + " must be 1 or more, got " + rank);
    }
    parts = List.copyOf(parts);
    requireNonNull(basis, "basis of " + activity);
    segmentsUsed = List.copyOf(segmentsUsed);
    flags = List.copyOf(flags);
  }

  /** The part named {@code name}. */
  public FitPart part(String name) {
    return parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no fit part '"
                        + name
                        + "' for "
                        + activity
                        + "; parts are "
                        + parts.stream().map(FitPart::name).toList()));
  }

  /** Which respondents an activity's fit was computed over. */
  public enum Basis {
    /** Everyone: the activity names no target segments. */
    EVERYONE,
    /**
     * The respondents of the target segments the disclosure policy releases ({@code segmentsUsed}).
     */
    TARGET_SEGMENTS,
    /**
     * Everyone, because no target segment could be used: each is suppressed or empty, or together
     * they would split off fewer than {@code kMin} respondents.
     */
    EVERYONE_TARGETS_SUPPRESSED,
    /**
     * Nothing: the wish map's respondents are too few to release any figure to this audience
     * (docs/privacy.md), so the fit is undefined and no part is given.
     */
    WITHHELD
  }
}
