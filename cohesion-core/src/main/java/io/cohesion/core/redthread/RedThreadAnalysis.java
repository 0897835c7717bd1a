package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import io.cohesion.core.redthread.internal.KendallW;
import io.cohesion.core.redthread.internal.Respondents;
import io.cohesion.core.redthread.internal.Seeds;
import io.cohesion.core.redthread.internal.Segmentation;
import io.cohesion.core.redthread.internal.Segmentation.Segment;
import io.cohesion.core.redthread.internal.ValueStatistics;
import io.cohesion.core.scoring.spi.ScoringStrategies;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analyses the responses to a wish map into its red thread (SPEC §5.3).
 *
 * <p>Per value: importance n, mean and sd, satisfaction mean, urgency, top-choice share, Borda
 * points, rank and the bootstrap {@code pTopK}; values are listed in rank order (rank 1 first).
 * Overall: Kendall's W with tie correction. Per requested segment column: the same figures for each
 * segment the small-group rule publishes; a segment's {@code pTopK} uses its own seed, derived from
 * the analysis seed and the segment's column and key, so it does not change when other columns or
 * segments change. Networks: respondents taking part, overall and per published segment.
 */
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
    requireNonNull(map, "wish map");
    requireNonNull(options, "options");
    requireNonNull(urgency, "urgency strategy");
    check(map, responses, options);
    Respondents all = Respondents.of(map, responses, urgency);
    List<ValueFigures> values =
        ValueStatistics.compute(all, urgency, options.bootstrap(), options.seed());
    double kendallW = KendallW.of(all.importance());

    Map<String, List<Segment>> partitions = new LinkedHashMap<>();
    List<SegmentFigures> segments = new ArrayList<>();
    for (String column : options.segmentColumns()) {
      List<Segment> partition = Segmentation.of(responses, column, options.rule());
      partitions.put(column, partition);
      for (Segment segment : partition) {
        if (segment.suppressed()) {
          segments.add(new SegmentFigures.Suppressed(column, segment.value()));
        } else {
          long seed = Seeds.forSegment(options.seed(), column, segment.value());
          segments.add(
              new SegmentFigures.Published(
                  column,
                  segment.value(),
                  segment.members().length,
                  ValueStatistics.compute(
                      all.subset(segment.members()), urgency, options.bootstrap(), seed)));
        }
      }
    }
    return new RedThread(
        responses.size(), kendallW, values, segments, networks(map, responses, partitions));
  }

  private static void check(
      WishMap map, List<WishMapResponse> responses, RedThreadOptions options) {
    List<FieldError> errors = responseErrors(map, responses);
    Set<String> seen = new HashSet<>();
    for (String column : options.segmentColumns()) {
      if (!map.segments().contains(column)) {
        errors.add(
            new FieldError(
                "segmentColumns",
                "unknown segment column '"
                    + column
                    + "'; wish map "
                    + map.id()
                    + " has "
                    + map.segments()));
      } else if (!seen.add(column)) {
        errors.add(new FieldError("segmentColumns", "segment column '" + column + "' twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Every rule the responses break, each named by the response's position. */
  static List<FieldError> responseErrors(WishMap map, List<WishMapResponse> responses) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      for (FieldError error : map.check(responses.get(i))) {
        errors.add(new FieldError("responses[" + i + "]." + error.field(), error.reason()));
      }
    }
    return errors;
  }

  /**
   * Networks named in the wish map's mobilisation block or by any respondent; per segment only for
   * published segments, so a suppressed segment's count cannot be read here either.
   */
  private static List<NetworkFigures> networks(
      WishMap map, List<WishMapResponse> responses, Map<String, List<Segment>> partitions) {
    Set<String> names = new TreeSet<>(map.mobilisation().networks());
    for (WishMapResponse response : responses) {
      names.addAll(response.networks());
    }
    int total = responses.size();
    List<NetworkFigures> networks = new ArrayList<>(names.size());
    for (String name : names) {
      int n = 0;
      for (WishMapResponse response : responses) {
        if (response.networks().contains(name)) {
          n++;
        }
      }
      List<NetworkFigures.SegmentCount> counts = new ArrayList<>();
      for (Map.Entry<String, List<Segment>> partition : partitions.entrySet()) {
        String column = partition.getKey();
        for (Segment segment : partition.getValue()) {
          if (segment.suppressed()) {
            counts.add(new NetworkFigures.SegmentCount.Suppressed(column, segment.value()));
          } else {
            int inSegment = 0;
            for (int i : segment.members()) {
              if (responses.get(i).networks().contains(name)) {
                inSegment++;
              }
            }
            counts.add(
                new NetworkFigures.SegmentCount.Published(
                    column,
                    segment.value(),
                    inSegment,
                    (double) inSegment / segment.members().length));
          }
        }
      }
      networks.add(
          new NetworkFigures(name, n, total == 0 ? Double.NaN : (double) n / total, counts));
    }
    networks.sort(
        Comparator.comparingInt(NetworkFigures::n).reversed().thenComparing(NetworkFigures::name));
    return networks;
  }
}
