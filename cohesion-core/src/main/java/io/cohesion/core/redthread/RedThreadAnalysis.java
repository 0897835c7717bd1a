package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.GroupCells;
import io.cohesion.core.privacy.KeyOrder;
import io.cohesion.core.redthread.internal.KendallW;
import io.cohesion.core.redthread.internal.ReleasePlan;
import io.cohesion.core.redthread.internal.Respondents;
import io.cohesion.core.redthread.internal.Seeds;
import io.cohesion.core.redthread.internal.ValueStatistics;
import io.cohesion.core.scoring.spi.ScoringStrategies;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Analyses the responses to a wish map into its red thread (docs/scoring.md#53-red-thread).
 *
 * <p>Per value: importance n, mean and sd, satisfaction mean, urgency, top-choice share, Borda
 * points, rank and the bootstrap {@code pTopK}; values are listed in rank order (rank 1 first).
 * Overall: Kendall's W with tie correction. Per requested segment column: the same figures for each
 * segment the disclosure policy releases (docs/privacy.md); a segment's {@code pTopK} uses its own
 * seed, derived from the analysis seed and the segment's column and key, so it does not change when
 * other columns or segments change. Networks: respondents taking part, overall and per published
 * segment.
 */
@API(status = STABLE, since = "0.1.0")
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
    return compute(WishMapColumns.of(map, responses), options, urgency);
  }

  /**
   * The red thread of the responses in {@code answers}, with the urgency strategy named in {@code
   * options}: the same figures as {@link #analyse(WishMap, List, RedThreadOptions)} of the
   * responses they were read from, without an object per response.
   *
   * @throws io.cohesion.core.ValidationException when a segment column is not one of the map's or
   *     the urgency strategy is unknown
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public static RedThread analyse(WishMapColumns answers, RedThreadOptions options) {
    requireNonNull(answers, "answers");
    requireNonNull(options, "options");
    UrgencyStrategy urgency = ScoringStrategies.load().urgency(options.urgencyStrategy());
    List<FieldError> errors = new ArrayList<>();
    checkOptions(answers.map(), options, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return compute(answers, options, urgency);
  }

  private static RedThread compute(
      WishMapColumns answers, RedThreadOptions options, UrgencyStrategy urgency) {
    WishMap map = answers.map();
    int n = answers.size();
    Audience audience = options.audience();
    Respondents all = Respondents.of(answers, urgency);
    List<String> considered = audience.bound() ? map.declaredSegments() : options.segmentColumns();
    List<String> names = networkNames(map, answers, audience);
    ReleasePlan plan =
        ReleasePlan.decide(
            all,
            groups(answers, considered, declared(map)),
            names,
            networkMembers(answers, names),
            audience);
    if (plan.waveHidden()) {
      return RedThread.withheld(
          n < audience.k()
              ? "the wish map has fewer than " + audience.k() + " respondents"
              : "releasing the wish map would single out fewer than "
                  + audience.k()
                  + " respondents",
          UrgencyBasis.of(map));
    }
    List<ValueFigures> values =
        ValueStatistics.compute(
            all, urgency, options.bootstrap(), options.seed(), plan.waveValues());
    double kendallW = plan.kendallReleased() ? KendallW.of(all.ratings()) : Double.NaN;

    List<SegmentFigures> segments = new ArrayList<>();
    List<Integer> shown = new ArrayList<>();
    for (String column : options.segmentColumns()) {
      for (int g = 0; g < plan.groups().size(); g++) {
        ReleasePlan.Group group = plan.groups().get(g);
        if (!group.column().equals(column)) {
          continue;
        }
        shown.add(g);
        if (group.hidden()) {
          segments.add(new SegmentFigures.Suppressed(column, group.value()));
        } else {
          long seed = Seeds.forSegment(options.seed(), column, group.value());
          segments.add(
              new SegmentFigures.Published(
                  column,
                  group.value(),
                  group.members().length,
                  ValueStatistics.compute(
                      all.subset(group.members()),
                      urgency,
                      options.bootstrap(),
                      seed,
                      group.releasedValues())));
        }
      }
    }
    return new RedThread(
        n,
        kendallW,
        values,
        segments,
        networks(plan, shown, n),
        Optional.empty(),
        UrgencyBasis.of(map));
  }

  /**
   * Why a bound caller gets no groups of {@code column}: its values are not declared, so a group's
   * key could be text a respondent typed.
   */
  public static String undeclared(String column) {
    return "segment column '"
        + column
        + "' declares no values: its groups are shown only to those who hold the raw data"
        + " (declare its values with codes and labels; docs/privacy.md#keys-are-declared)";
  }

  /** Each declared segment column's codes, in declared order. */
  static Map<String, List<String>> declared(WishMap map) {
    Map<String, List<String>> declared = new HashMap<>();
    map.declarations().forEach(d -> declared.put(d.column(), d.codes()));
    return declared;
  }

  /**
   * The networks listed: for a bound audience only those the wish map declares, so that a name a
   * respondent typed is never shown; otherwise also every name respondents gave.
   */
  private static List<String> networkNames(WishMap map, WishMapColumns answers, Audience audience) {
    Set<String> names = new TreeSet<>(map.mobilisation().networks());
    if (!audience.bound()) {
      names.addAll(answers.networkNames());
    }
    return List.copyOf(names);
  }

  /** Per network of {@code names} the positions of the respondents who named it, ascending. */
  private static List<int[]> networkMembers(WishMapColumns answers, List<String> names) {
    Map<String, Integer> listed = new HashMap<>();
    for (int m = 0; m < names.size(); m++) {
      listed.put(names.get(m), m);
    }
    // the position in names of each network the respondents named, -1 when it is not listed
    int[] listing = new int[answers.networkNames().size()];
    for (int id = 0; id < listing.length; id++) {
      listing[id] = listed.getOrDefault(answers.networkNames().get(id), -1);
    }
    return List.of(
        members(
            names.size(),
            answers.size(),
            new Keys() {
              @Override
              public int count(int i) {
                return answers.networkCount(i);
              }

              @Override
              public int key(int i, int j) {
                return listing[answers.network(i, j)];
              }
            }));
  }

  /**
   * The groups of {@code columns}, as {@link GroupCells#of} finds them: per column the respondents
   * of each key, in {@link KeyOrder}; in a declared column a key outside the declaration is no
   * group.
   */
  private static List<GroupCells.Group> groups(
      WishMapColumns answers, List<String> columns, Map<String, List<String>> declared) {
    List<GroupCells.Group> groups = new ArrayList<>();
    int n = answers.size();
    for (String column : columns) {
      int c = answers.map().segments().indexOf(column);
      List<String> codes = declared.get(column);
      List<String> keys = answers.segmentKeys(c);
      int[][] members =
          members(
              keys.size(),
              n,
              new Keys() {
                @Override
                public int count(int i) {
                  return 1; // -1 where the respondent gave none
                }

                @Override
                public int key(int i, int j) {
                  return answers.segmentKey(c, i);
                }
              });
      groups.addAll(GroupCells.ofNumbered(column, keys, members, codes));
    }
    return groups;
  }

  /** The keys of each respondent: {@code count(i)} of them, the {@code j}-th {@code key(i, j)}. */
  private interface Keys {
    int count(int i);

    /** A key from 0 on, or -1 for one that is in no bucket. */
    int key(int i, int j);
  }

  /**
   * Per key from 0 to {@code buckets - 1}, the positions of the respondents {@code 0 … n - 1} that
   * have it, ascending.
   */
  private static int[][] members(int buckets, int n, Keys keys) {
    int[] counts = new int[buckets];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < keys.count(i); j++) {
        int key = keys.key(i, j);
        if (key >= 0) {
          counts[key]++;
        }
      }
    }
    int[][] members = new int[buckets][];
    for (int key = 0; key < buckets; key++) {
      members[key] = new int[counts[key]];
    }
    int[] filled = new int[buckets];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < keys.count(i); j++) {
        int key = keys.key(i, j);
        if (key >= 0) {
          members[key][filled[key]++] = i;
        }
      }
    }
    return members;
  }

  private static void check(
      WishMap map, List<WishMapResponse> responses, RedThreadOptions options) {
    List<FieldError> errors = responseErrors(map, responses);
    checkOptions(map, options, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Adds to {@code errors} every segment column of {@code options} that the map refuses. */
  private static void checkOptions(WishMap map, RedThreadOptions options, List<FieldError> errors) {
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
      } else if (options.audience().bound() && map.declaration(column).isEmpty()) {
        errors.add(new FieldError("segmentColumns", undeclared(column)));
      }
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

  /** Network counts, overall and in each shown group, as the plan releases them. */
  private static List<NetworkFigures> networks(ReleasePlan plan, List<Integer> shown, int total) {
    List<NetworkFigures> networks = new ArrayList<>(plan.networks().size());
    for (ReleasePlan.Network network : plan.networks()) {
      if (network.hidden()) {
        networks.add(NetworkFigures.suppressed(network.name()));
        continue;
      }
      Set<Integer> members = new HashSet<>();
      for (int i : network.members()) {
        members.add(i);
      }
      List<NetworkFigures.SegmentCount> counts = new ArrayList<>();
      for (int g : shown) {
        ReleasePlan.Group group = plan.groups().get(g);
        if (network.hiddenIn(g)) {
          counts.add(new NetworkFigures.SegmentCount.Suppressed(group.column(), group.value()));
        } else {
          int inGroup = 0;
          for (int i : group.members()) {
            if (members.contains(i)) {
              inGroup++;
            }
          }
          counts.add(
              new NetworkFigures.SegmentCount.Published(
                  group.column(),
                  group.value(),
                  inGroup,
                  (double) inGroup / group.members().length));
        }
      }
      int n = network.members().length;
      networks.add(
          new NetworkFigures(
              network.name(), n, total == 0 ? Double.NaN : (double) n / total, counts));
    }
    networks.sort(
        Comparator.<NetworkFigures, Boolean>comparing(NetworkFigures::suppressed)
            .thenComparing(Comparator.comparingInt(NetworkFigures::n).reversed())
            .thenComparing(NetworkFigures::name));
    return networks;
  }
}
