package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityFlag;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.redthread.internal.Group;
import io.cohesion.core.redthread.internal.ReleasePlan;
import io.cohesion.core.redthread.internal.Respondents;
import io.cohesion.core.scoring.spi.ActivityFitStrategy;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.scoring.spi.FitScore;
import io.cohesion.core.scoring.spi.ScoringStrategies;
import io.cohesion.core.scoring.spi.SegmentKey;
import io.cohesion.core.scoring.spi.TargetGroup;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Scores candidate activities against the red thread of a wish map and ranks them
 * (docs/scoring.md#55-activity-fit).
 *
 * <p>Each activity is scored against its target group: the respondents of its target segments that
 * the small-group rule publishes (docs/privacy.md), taken together. When no target segment may be
 * used (each is suppressed or empty), or the group would split off fewer than {@code kMin}
 * respondents from everyone or leave fewer than {@code kMin} outside it, the activity is scored
 * against everyone and {@link ActivityFit#basis()} says so. Activities without a sustainability
 * link or a benefit are flagged and ranked like the others.
 */
@API(status = STABLE, since = "0.1.0")
public final class ActivityFitAnalysis {

  private ActivityFitAnalysis() {}

  /**
   * The activities ranked by fit, with the strategies named in {@code options}.
   *
   * @throws ValidationException when a response does not fit the map, an activity names a value or
   *     segment column the map does not have, or a strategy name is unknown
   */
  public static List<ActivityFit> rank(
      WishMap map,
      List<WishMapResponse> responses,
      List<ActivityProfile> activities,
      FitOptions options) {
    ScoringStrategies strategies = ScoringStrategies.load();
    return rank(
        map,
        responses,
        activities,
        options.audience(),
        strategies.urgency(options.urgencyStrategy()),
        strategies.activityFit(options.fitStrategy()));
  }

  /**
   * Domain activities ranked by fit, with the strategies named in {@code options}; each is scored
   * as {@link #profile(Activity)}.
   */
  public static List<ActivityFit> rankActivities(
      WishMap map, List<WishMapResponse> responses, List<Activity> activities, FitOptions options) {
    return rank(
        map, responses, activities.stream().map(ActivityFitAnalysis::profile).toList(), options);
  }

  /**
   * What fit scoring needs of a domain activity: its name, target values and weights, target
   * segments, partner networks, sustainability link and benefit.
   */
  public static ActivityProfile profile(Activity activity) {
    return activity.profile();
  }

  /** The activities ranked by fit, with the given strategies. */
  public static List<ActivityFit> rank(
      WishMap map,
      List<WishMapResponse> responses,
      List<ActivityProfile> activities,
      Audience audience,
      UrgencyStrategy urgency,
      ActivityFitStrategy strategy) {
    requireNonNull(map, "wish map");
    requireNonNull(audience, "audience");
    requireNonNull(urgency, "urgency strategy");
    requireNonNull(strategy, "fit strategy");
    check(map, responses, activities);
    Respondents all = Respondents.of(map, responses, urgency);
    Group everyone = new Group(all, responses, null, urgency);
    List<String> columns = new ArrayList<>();
    for (ActivityProfile activity : activities) {
      for (SegmentKey target : activity.targetSegments()) {
        if (!columns.contains(target.column())) {
          columns.add(target.column());
        }
      }
    }
    ReleasePlan plan =
        ReleasePlan.decide(
            responses,
            all,
            audience.bound() ? map.declaredSegments() : columns,
            List.of(),
            RedThreadAnalysis.declared(map),
            audience);
    int k = audience.k();

    List<ActivityFit> unranked = new ArrayList<>(activities.size());
    for (ActivityProfile activity : activities) {
      BitSet members = new BitSet(responses.size());
      List<SegmentKey> used = new ArrayList<>();
      // Target segments of one column are released groups whose union is a sum of released
      // cells; segments of several columns would make a new cell, so they are not used.
      boolean oneColumn =
          activity.targetSegments().stream().map(SegmentKey::column).distinct().count() <= 1;
      for (SegmentKey target : activity.targetSegments()) {
        for (ReleasePlan.Group segment : plan.groups()) {
          if (oneColumn
              && !plan.waveHidden()
              && segment.column().equals(target.column())
              && segment.value().equals(target.value())
              && !segment.hidden()
              && targetsReleased(map, activity, segment.releasedValues())) {
            used.add(target);
            for (int i : segment.members()) {
              members.set(i);
            }
          }
        }
      }
      if (plan.waveHidden() || !targetsReleased(map, activity, plan.waveValues())) {
        // too few respondents, or a target value withheld over everyone: no fit to release
        unranked.add(
            new ActivityFit(
                activity.name(),
                1,
                Double.NaN,
                List.of(),
                ActivityFit.Basis.WITHHELD,
                List.of(),
                flags(activity)));
        continue;
      }
      int inGroup = members.cardinality();
      int outside = responses.size() - inGroup;
      boolean usable = inGroup > 0 && inGroup >= k && (outside == 0 || outside >= k);
      ActivityFit.Basis basis;
      TargetGroup group;
      if (usable) {
        basis = ActivityFit.Basis.TARGET_SEGMENTS;
        group = new Group(all, responses, members.stream().toArray(), urgency);
      } else {
        basis =
            activity.targetSegments().isEmpty()
                ? ActivityFit.Basis.EVERYONE
                : ActivityFit.Basis.EVERYONE_TARGETS_SUPPRESSED;
        used.clear();
        group = everyone;
      }
      FitScore score = strategy.fit(activity, group);
      unranked.add(
          new ActivityFit(
              activity.name(), 1, score.fit(), score.parts(), basis, used, flags(activity)));
    }

    unranked.sort(
        Comparator.comparing((ActivityFit f) -> Double.isNaN(f.fit()))
            .thenComparing(ActivityFit::fit, Comparator.reverseOrder())
            .thenComparing(ActivityFit::activity));
    List<ActivityFit> ranked = new ArrayList<>(unranked.size());
    for (int r = 0; r < unranked.size(); r++) {
      ActivityFit f = unranked.get(r);
      ranked.add(
          new ActivityFit(
              f.activity(), r + 1, f.fit(), f.parts(), f.basis(), f.segmentsUsed(), f.flags()));
    }
    return List.copyOf(ranked);
  }

  /**
   * Whether every target value's figures are released in a cell: the fit is a weighted mean of
   * their urgencies there, so a withheld one would show through it.
   */
  private static boolean targetsReleased(
      WishMap map, ActivityProfile activity, boolean[] released) {
    for (TargetValue target : activity.targetValues()) {
      int v = map.indexOf(target.code());
      if (v >= 0 && !released[v]) {
        return false;
      }
    }
    return true;
  }

  private static List<ActivityFlag> flags(ActivityProfile activity) {
    List<ActivityFlag> flags = new ArrayList<>();
    if (!activity.hasSustainabilityLink()) {
      flags.add(ActivityFlag.NO_SUSTAINABILITY_LINK);
    }
    if (!activity.hasBenefit()) {
      flags.add(ActivityFlag.NO_BENEFIT);
    }
    return flags;
  }

  private static void check(
      WishMap map, List<WishMapResponse> responses, List<ActivityProfile> activities) {
    List<FieldError> errors = RedThreadAnalysis.responseErrors(map, responses);
    Set<String> names = new HashSet<>();
    for (int a = 0; a < activities.size(); a++) {
      ActivityProfile activity = activities.get(a);
      if (!names.add(activity.name())) {
        errors.add(
            new FieldError(
                "activities[" + a + "].name",
                "activity name '" + activity.name() + "' is used twice in one ranking"));
      }
      for (int t = 0; t < activity.targetValues().size(); t++) {
        String code = activity.targetValues().get(t).code();
        if (map.indexOf(code) < 0) {
          errors.add(
              new FieldError(
                  "activities[" + a + "].targetValues[" + t + "]",
                  "unknown value code '" + code + "' in activity " + activity.name()));
        }
      }
      for (int s = 0; s < activity.targetSegments().size(); s++) {
        String column = activity.targetSegments().get(s).column();
        if (!map.segments().contains(column)) {
          errors.add(
              new FieldError(
                  "activities[" + a + "].targetSegments[" + s + "]",
                  "unknown segment column '"
                      + column
                      + "' in activity "
                      + activity.name()
                      + "; wish map "
                      + map.id()
                      + " has "
                      + map.segments()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
