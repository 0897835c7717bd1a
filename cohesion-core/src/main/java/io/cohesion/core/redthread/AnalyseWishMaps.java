package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.redthread.internal.WishMapAnalysis;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The figures of a stored wish map, released under the disclosure policy (use case, a port in): its
 * red thread with its networks, and the ranking of a neighbourhood's activities by how well they
 * fit it. {@link RedThreadAnalysis} and {@link ActivityFitAnalysis} compute them; this use case
 * reads the responses each {@link Audience} may see figures of (docs/api.md#open-and-closed-waves):
 *
 * <ul>
 *   <li>a bound audience only those of the wish map's last release state, and only once its wave is
 *       closed: an open wave is refused with a {@link NotReleasedException} saying when it closes;
 *   <li>a raw-data audience, who may read the answers anyway, every answer as it stands now.
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
public interface AnalyseWishMaps {

  /**
   * The use case on the given stores; {@code releases} tells which state of a wave a bound audience
   * may see, and activities are read from {@code activities}. Red threads released to bound
   * audiences are cached as {@link RedThreadCaching#defaults()} says.
   */
  static AnalyseWishMaps using(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ActivityRepository activities,
      ReleaseWaves releases) {
    return using(maps, responses, activities, releases, RedThreadCaching.defaults());
  }

  /**
   * The use case on the given stores, keeping as many released red threads as {@code caching} says.
   * A cached red thread is the one an uncached read would compute: it is kept per wish map version,
   * release state, audience and options, and served only while every answer of its state can still
   * be read (docs/performance.md, "The red thread from a cache").
   */
  static AnalyseWishMaps using(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ActivityRepository activities,
      ReleaseWaves releases,
      RedThreadCaching caching) {
    return new WishMapAnalysis(maps, responses, activities, releases, caching);
  }

  /**
   * The red thread of a wish map for {@code options.audience()}, networks included. Bootstrap 0
   * skips the resampling, which the networks do not need.
   *
   * @param budget the most work the analysis may ask for
   * @throws NotReleasedException if the audience is bound and the wave is not released
   * @throws NotFoundException if there is no such wish map
   * @throws ValidationException on field {@code segment} for a segment column the map does not
   *     have, on {@code bootstrap} when the work exceeds {@code budget}, or when the urgency
   *     strategy is unknown
   */
  RedThread redThread(WishMapId map, RedThreadOptions options, AnalysisBudget budget);

  /**
   * The activities of {@code neighbourhood} ranked by how well they fit the red thread of a wish
   * map, for {@code options.audience()}. Activities planned against another wish map (that name
   * values or segment columns this one lacks) are not ranked but listed as skipped, with the
   * reasons.
   *
   * @param activities the activities to rank, each planned in {@code neighbourhood}; empty for all
   *     of the neighbourhood's
   * @throws NotReleasedException if the audience is bound and the wave is not released
   * @throws NotFoundException if there is no such wish map, or no such activity
   * @throws ValidationException on field {@code activity} for an activity of another neighbourhood,
   *     or when a strategy is unknown
   */
  ActivityFitReport activityFit(
      WishMapId map,
      NeighbourhoodId neighbourhood,
      List<ActivityId> activities,
      FitOptions options);
}
