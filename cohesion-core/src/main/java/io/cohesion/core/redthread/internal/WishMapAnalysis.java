package io.cohesion.core.redthread.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.ActivityFitAnalysis;
import io.cohesion.core.redthread.ActivityFitReport;
import io.cohesion.core.redthread.AnalyseWishMaps;
import io.cohesion.core.redthread.AnalysisBudget;
import io.cohesion.core.redthread.FitOptions;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadCaching;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AnalyseWishMaps} on the wish map, response and activity stores. Red threads released to a
 * bound audience are kept in a {@link ReleasedRedThreads} when caching is on; those a raw-data
 * holder reads live are always computed, since a live wave changes with every answer and its
 * readers are a coordinator or two rather than a workshop.
 */
public final class WishMapAnalysis implements AnalyseWishMaps {
  private final WishMapRepository maps;
  private final WishMapResponseStore responses;
  private final ActivityRepository activities;
  private final ReleaseWaves releases;
  private final Computation computation;
  private final Optional<ReleasedRedThreads> cache;

  /**
   * How a red thread is computed from the responses it is released over: {@link
   * RedThreadAnalysis#analyse(WishMap, List, RedThreadOptions)}, or in tests one that counts.
   */
  @FunctionalInterface
  public interface Computation {
    /** The red thread of {@code responses}. */
    RedThread analyse(WishMap map, List<WishMapResponse> responses, RedThreadOptions options);
  }

  public WishMapAnalysis(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ActivityRepository activities,
      ReleaseWaves releases,
      RedThreadCaching caching) {
    this(maps, responses, activities, releases, caching, RedThreadAnalysis::analyse);
  }

  public WishMapAnalysis(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ActivityRepository activities,
      ReleaseWaves releases,
      RedThreadCaching caching,
      Computation computation) {
    this.maps = requireNonNull(maps, "maps");
    this.responses = requireNonNull(responses, "responses");
    this.activities = requireNonNull(activities, "activities");
    this.releases = requireNonNull(releases, "releases");
    this.computation = requireNonNull(computation, "computation");
    this.cache =
        requireNonNull(caching, "caching").enabled()
            ? Optional.of(new ReleasedRedThreads(caching))
            : Optional.empty();
  }

  @Override
  public RedThread redThread(WishMapId id, RedThreadOptions options, AnalysisBudget budget) {
    requireNonNull(options, "options");
    requireNonNull(budget, "budget");
    requireNonNull(id, "wish map id");
    // A bound audience is refused an unreleased wave (409) before anything else is read. A read
    // that may be served from the cache needs only the summary of the state, not its ids.
    boolean cached = options.audience().bound() && cache.isPresent();
    Optional<StateSummary> summary =
        cached
            ? Optional.of(releases.requireReleasedSummary(WaveId.wishMap(id.value())))
            : Optional.empty();
    Optional<ReleaseState> state = cached ? Optional.empty() : state(id, options.audience());
    Versioned<WishMap> found = findVersioned(id);
    WishMap map = found.value();
    for (String segment : options.segmentColumns()) {
      if (!map.segments().contains(segment)) {
        throw ValidationException.of(
            "segment",
            "'" + segment + "' is not a segment column; this wish map has " + map.segments());
      }
      if (options.audience().bound() && map.declaration(segment).isEmpty()) {
        throw ValidationException.of("segment", RedThreadAnalysis.undeclared(segment));
      }
    }
    if (!cached) {
      List<WishMapResponse> answers = answers(map, state);
      budget.require(options.bootstrap(), options.segmentColumns().size(), answers.size());
      return computation.analyse(map, answers, options);
    }
    // Released figures are served from the cache only while the state's answers are all there
    // (live or retained for it): after an erasure the store did not retain, the figures are
    // withdrawn exactly as an uncached read withdraws them. The budget is checked on every read,
    // with the state's size, which is the number of answers an uncached read computes over. The
    // state's ids are read only to compute its figures, or to check it after an erasure reached
    // the wave (ReleaseWaves.requireComplete).
    StateSummary released = summary.get();
    releases.requireComplete(
        released, () -> responses.responses(map.id()), () -> responses.retained(map.id()));
    budget.require(options.bootstrap(), options.segmentColumns().size(), released.n());
    return cache
        .get()
        .get(
            ReleasedRedThreads.Key.of(found, released, options),
            () ->
                computation.analyse(
                    map, answers(map, Optional.of(releases.state(released))), options));
  }

  @Override
  public ActivityFitReport activityFit(
      WishMapId id, NeighbourhoodId neighbourhood, List<ActivityId> wanted, FitOptions options) {
    requireNonNull(neighbourhood, "neighbourhood");
    requireNonNull(options, "options");
    Optional<ReleaseState> state = state(id, options.audience());
    WishMap map = find(id);
    List<Activity> candidates = new ArrayList<>();
    if (wanted.isEmpty()) {
      Page.collectAll(request -> activities.list(neighbourhood, request))
          .forEach(v -> candidates.add(v.value()));
    } else {
      for (ActivityId activityId : wanted) {
        Activity activity =
            activities
                .find(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId))
                .value();
        if (!activity.neighbourhood().equals(neighbourhood)) {
          throw ValidationException.of(
              "activity", "activity " + activityId + " is planned in " + activity.neighbourhood());
        }
        candidates.add(activity);
      }
    }
    // Activities planned against another wish map are listed with the reasons, not ranked.
    List<Activity> fitting = new ArrayList<>();
    List<ActivityFitReport.Skipped> skipped = new ArrayList<>();
    for (Activity activity : candidates) {
      List<FieldError> errors = activity.check(map);
      if (errors.isEmpty()) {
        fitting.add(activity);
      } else {
        skipped.add(new ActivityFitReport.Skipped(activity, errors));
      }
    }
    // Ranked by id, which is unique where names need not be.
    Map<String, Activity> byId = new HashMap<>();
    List<ActivityProfile> profiles = new ArrayList<>();
    for (Activity activity : fitting) {
      ActivityProfile p = activity.profile();
      byId.put(activity.id().value(), activity);
      profiles.add(
          new ActivityProfile(
              activity.id().value(),
              p.targetValues(),
              p.targetSegments(),
              p.partnerNetworks(),
              p.sustainabilityLink(),
              p.benefit()));
    }
    List<ActivityFitReport.Ranked> ranked = new ArrayList<>();
    for (ActivityFit fit : ActivityFitAnalysis.rank(map, answers(map, state), profiles, options)) {
      ranked.add(new ActivityFitReport.Ranked(byId.get(fit.activity()), fit));
    }
    return new ActivityFitReport(map.id(), neighbourhood, options, ranked, skipped);
  }

  /**
   * The state a bound audience's figures come from: a bound audience is refused an unreleased wave
   * (409) before anything else is read. Empty for an audience that holds the raw data.
   */
  private Optional<ReleaseState> state(WishMapId id, Audience audience) {
    requireNonNull(id, "wish map id");
    return audience.bound()
        ? Optional.of(releases.requireReleased(WaveId.wishMap(id.value())))
        : Optional.empty();
  }

  private WishMap find(WishMapId id) {
    return findVersioned(id).value();
  }

  private Versioned<WishMap> findVersioned(WishMapId id) {
    return maps.find(id).orElseThrow(() -> new NotFoundException("wish map", id));
  }

  /**
   * The responses the figures are computed over: those of the release state for a bound audience,
   * every live answer for a raw-data holder.
   */
  private List<WishMapResponse> answers(WishMap map, Optional<ReleaseState> state) {
    return state.isPresent()
        ? releases.released(
            state.get(), () -> responses.responses(map.id()), () -> responses.retained(map.id()))
        : responses.responses(map.id());
  }
}
