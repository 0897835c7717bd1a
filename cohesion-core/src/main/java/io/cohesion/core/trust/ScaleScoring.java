package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.GroupCells;
import io.cohesion.core.privacy.KeyOrder;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.scoring.StudentT;
import io.cohesion.core.scoring.spi.ScaleScoreStrategy;
import io.cohesion.core.trust.internal.ScaleMoments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Scores one wave of a scale (docs/scoring.md#51-scales): person scores, the scale score with its
 * confidence interval, listwise reliability as {@code psych::alpha}, group reliability ICC(1) and
 * ICC(2), and the score per group under the small-group rule (docs/privacy.md). Every formula is in
 * {@code docs/scoring.md}.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScaleScoring {

  private static final ScaleScoreStrategy MEAN = new MeanOfAnsweredItems();

  /** An item whose sd is below this (relative to its mean, at least absolute) is constant. */
  private static final double CONSTANT = 1e-12;

  private ScaleScoring() {}

  /** Scores {@code data} with the built-in person score (mean of the answered items). */
  public static ScaleReport score(ScaleData data, SmallGroupRule rule) {
    return score(data, rule, MEAN);
  }

  /**
   * Scores a stored wave for {@code audience}, grouped by the attribute {@code groupBy} if given,
   * with no attribute column declared: a bound audience may not group it (see the form with
   * declarations).
   *
   * <p>For a bound audience the disclosure policy weighs the groups of every declared attribute,
   * whichever one is asked for, so that asking by street and then by household reveals no more than
   * either (docs/privacy.md). A wave whose scored respondents are too few is withheld whole; the
   * listwise reliability needs {@code k} complete respondents; ICC(1) and ICC(2) are released only
   * when every group is.
   */
  public static ScaleReport score(
      Scale scale,
      List<MeasurementResponse> responses,
      Optional<String> groupBy,
      Audience audience) {
    return score(scale, responses, groupBy, audience, Map.of());
  }

  /**
   * {@link #score(Scale, List, Optional, Audience)} of a wave whose attribute columns {@code
   * declared} lists with their codes in declared order: for a bound audience only these columns are
   * grouped by and weighed (a value of any other column may be text a respondent typed), and their
   * groups are weighed in declared order.
   *
   * @throws ValidationException on {@code groupBy} when a bound audience asks for a column that is
   *     not declared, or when no response of the wave has the column (as the command line refuses a
   *     file without it)
   */
  public static ScaleReport score(
      Scale scale,
      List<MeasurementResponse> responses,
      Optional<String> groupBy,
      Audience audience,
      Map<String, List<String>> declared) {
    requireNonNull(audience, "audience");
    requireNonNull(declared, "declared");
    if (audience.bound() && groupBy.isPresent() && !declared.containsKey(groupBy.get())) {
      throw ValidationException.of(
          "groupBy",
          "attribute column '"
              + groupBy.get()
              + "' declares no values: its groups are shown only to those who hold the raw data"
              + " (declare its values with codes and labels; docs/privacy.md#keys-are-declared)");
    }
    if (groupBy.isPresent()
        && !responses.isEmpty()
        && responses.stream().noneMatch(r -> r.attributes().containsKey(groupBy.get()))) {
      throw ValidationException.of(
          "groupBy",
          "no response of the wave has a column '"
              + groupBy.get()
              + "' to group by"
              + (declared.isEmpty()
                  ? ""
                  : " (its declared attribute columns are "
                      + String.join(", ", new TreeSet<>(declared.keySet()))
                      + ")"));
    }
    ScaleData data = ScaleData.of(scale, responses, groupBy.orElse(null));
    ScaleMoments moments = moments(data, MEAN);
    ScaleReport report = report(data, moments, new SmallGroupRule(audience.cutK()));
    if (!audience.bound()) {
      return hideSmaller(report, audience.k());
    }
    int k = audience.cutK();
    if (report.score().n() < k) {
      return ScaleReport.withheld("the wave has fewer than " + k + " respondents with a score");
    }
    double[] scores = moments.scores;
    int[] scored =
        IntStream.range(0, scores.length).filter(i -> !Double.isNaN(scores[i])).toArray();
    List<int[]> cells = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    cells.add(scored);
    keys.add("");
    Map<String, List<String>> orders = new TreeMap<>();
    declared.forEach((column, codes) -> orders.put(column, codes.isEmpty() ? null : codes));
    orders.values().removeIf(java.util.Objects::isNull);
    for (GroupCells.Group group :
        GroupCells.of(
            List.copyOf(new TreeSet<>(declared.keySet())),
            scored,
            i -> responses.get(i).attributes(),
            orders)) {
      cells.add(group.members());
      keys.add(group.column() + "=" + group.key());
    }
    boolean[] hidden =
        DisclosurePolicy.defaults().hidden(cells, new boolean[cells.size()], responses.size(), k);
    if (hidden[0]) {
      return ScaleReport.withheld(
          "releasing the wave would single out fewer than " + k + " respondents");
    }
    List<GroupScore> groups = new ArrayList<>();
    boolean everyGroup = true;
    List<GroupScore> listed = new ArrayList<>(report.groups());
    // groups are listed in the declared order of their column's values
    listed.sort(
        Comparator.comparing(
            GroupScore::group, KeyOrder.of(groupBy.map(declared::get).orElse(List.of()))));
    for (GroupScore group : listed) {
      int at = keys.indexOf(groupBy.orElse("") + "=" + group.group());
      boolean hide = group.suppressed() || (at > 0 && hidden[at]);
      everyGroup &= !hide;
      groups.add(hide ? new GroupScore.Suppressed(group.group()) : group);
    }
    ScaleReport released =
        new ScaleReport(
            report.n(),
            report.nComplete(),
            report.nComplete() < k ? Optional.empty() : report.reliability(),
            report.score(),
            everyGroup ? report.groupReliability() : Optional.empty(),
            groups,
            Optional.empty(),
            report.reliabilityNote());
    if (released.reliability().isEmpty() && released.reliabilityNote().isEmpty()) {
      released =
          released.withReliabilityNote(
              "fewer than "
                  + k
                  + " respondents answered every item, so their reliability is not released"
                  + " (docs/privacy.md)");
    }
    return hideSmaller(released, audience.k());
  }

  /** A larger {@code k} asked for hides the groups of fewer than {@code k} as well. */
  private static ScaleReport hideSmaller(ScaleReport report, int k) {
    List<GroupScore> groups = new ArrayList<>();
    for (GroupScore group : report.groups()) {
      groups.add(
          group instanceof GroupScore.Published published && published.n() < k
              ? new GroupScore.Suppressed(group.group())
              : group);
    }
    return new ScaleReport(
        report.n(),
        report.nComplete(),
        report.reliability(),
        report.score(),
        report.groupReliability(),
        groups,
        report.suppressed(),
        report.reliabilityNote());
  }

  /**
   * Scores {@code data} with the person score of {@code strategy}.
   *
   * @param data the answers
   * @param rule the small-group rule for the per-group table
   * @param strategy turns a respondent's reversed answers into a person score; called once per
   *     respondent from one thread
   */
  public static ScaleReport score(
      ScaleData data, SmallGroupRule rule, ScaleScoreStrategy strategy) {
    requireNonNull(data, "data");
    requireNonNull(rule, "rule");
    requireNonNull(strategy, "strategy");
    return report(data, moments(data, strategy), rule);
  }

  /** The report of {@code data} from its moments, with the per-group table under {@code rule}. */
  private static ScaleReport report(ScaleData data, ScaleMoments moments, SmallGroupRule rule) {
    Scale scale = data.scale();
    Optional<Reliability> reliability = reliability(scale, moments);
    Optional<String> note = Optional.empty();
    if (scale.size() < 2) {
      note = Optional.of(ScaleReport.SINGLE_ITEM_NOTE);
    } else if (reliability.isEmpty()) {
      note =
          Optional.of(
              "alpha needs at least two respondents who answered every item; "
                  + moments.complete
                  + " did");
    }
    return new ScaleReport(
        data.size(),
        moments.complete,
        reliability,
        summary(moments.scored, moments.scoreMean, moments.scoreSquares, new TQuantiles()),
        data.isGrouped() ? groupReliability(moments) : Optional.empty(),
        data.isGrouped() ? groups(data.groupKeyArray(), moments, rule) : List.of(),
        Optional.empty(),
        note);
  }

  /**
   * The built-in person score of every row of {@code data} (the mean of the answered items after
   * reversal, with at least {@code minAnswered} answered), NaN where the respondent has none.
   */
  public static double[] personScores(ScaleData data) {
    requireNonNull(data, "data");
    return personScores(data, MEAN);
  }

  /** The person score of every row, NaN where the respondent has none. */
  static double[] personScores(ScaleData data, ScaleScoreStrategy strategy) {
    if (strategy instanceof MeanOfAnsweredItems) {
      int k = data.scale().size();
      double[] keyed = data.keyedMatrix();
      double[] scores = new double[data.size()];
      int minAnswered = data.scale().minAnswered();
      for (int row = 0; row < scores.length; row++) {
        scores[row] = MeanOfAnsweredItems.score(keyed, row * k, k, minAnswered);
      }
      return scores;
    }
    return strategyScores(data, strategy);
  }

  private static ScaleMoments moments(ScaleData data, ScaleScoreStrategy strategy) {
    double[] given =
        strategy instanceof MeanOfAnsweredItems ? null : strategyScores(data, strategy);
    return ScaleMoments.compute(
        data.keyedMatrix(),
        data.size(),
        data.scale().size(),
        data.scale().minAnswered(),
        given,
        data.isGrouped() ? data.groupNumbers() : null,
        data.isGrouped() ? data.groupKeyArray().length : 0);
  }

  private static double[] strategyScores(ScaleData data, ScaleScoreStrategy strategy) {
    int k = data.scale().size();
    double[] keyed = data.keyedMatrix();
    double[] row = new double[k];
    double[] scores = new double[data.size()];
    for (int r = 0; r < scores.length; r++) {
      System.arraycopy(keyed, r * k, row, 0, k);
      double score = strategy.personScore(row, data.scale().minAnswered());
      if (Double.isInfinite(score)) {
        throw new IllegalStateException(
            "scale score strategy '" + strategy.name() + "' returned " + score + " for row " + r);
      }
      scores[r] = score;
    }
    return scores;
  }

  private static Optional<Reliability> reliability(Scale scale, ScaleMoments moments) {
    int n = moments.complete;
    if (n < 2 || scale.size() < 2) {
      // alpha needs two items and two complete respondents (docs/scoring.md#single-item-scales)
      return Optional.empty();
    }
    int k = moments.items();
    double[] c = moments.covariance;
    // Like psych::alpha (delete = TRUE), an item that nobody of the complete respondents answered
    // differently has no correlation with anything: it is left out of every figure but its own
    // mean and sd, and alpha is that of the other items.
    int[] kept = new int[k];
    int m = 0;
    for (int i = 0; i < k; i++) {
      if (!isConstant(c[i * k + i], moments.itemMeans[i])) {
        kept[m++] = i;
      }
    }
    double trace = 0;
    double total = 0;
    double[] rowSums = new double[k];
    double correlations = 0;
    for (int a = 0; a < m; a++) {
      int i = kept[a];
      trace += c[i * k + i];
      for (int b = 0; b < m; b++) {
        int j = kept[b];
        rowSums[i] += c[i * k + j];
        if (i != j) {
          correlations += c[i * k + j] / Math.sqrt(c[i * k + i] * c[j * k + j]);
        }
      }
      total += rowSums[i];
    }
    double alpha = m >= 2 ? rawAlpha(m, trace, total) : Double.NaN;
    double averageR = m >= 2 ? correlations / ((double) m * (m - 1)) : Double.NaN;
    double standardized = m * averageR / (1 + (m - 1) * averageR);
    boolean[] isKept = new boolean[k];
    for (int a = 0; a < m; a++) {
      isKept[kept[a]] = true;
    }
    List<ItemStatistics> items = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double variance = c[i * k + i];
      double restCorrelation = Double.NaN;
      double alphaIfDeleted = Double.NaN;
      if (isKept[i] && m >= 2) {
        double restVariance = total - 2 * rowSums[i] + variance;
        double restCovariance = rowSums[i] - variance;
        restCorrelation = restCovariance / Math.sqrt(variance * restVariance);
        alphaIfDeleted = m > 2 ? rawAlpha(m - 1, trace - variance, restVariance) : Double.NaN;
      }
      items.add(
          new ItemStatistics(
              scale.items().get(i).id(),
              moments.itemMeans[i],
              isKept[i] ? Math.sqrt(variance) : 0,
              restCorrelation,
              alphaIfDeleted));
    }
    return Optional.of(new Reliability(alpha, standardized, averageR, items));
  }

  /**
   * Whether an item's variance is zero but for rounding: every complete respondent gave the same
   * answer, which the second pass may leave as a variance of about 1e-32 rather than 0.
   */
  private static boolean isConstant(double variance, double mean) {
    return !(variance > CONSTANT * CONSTANT * Math.max(1, mean * mean));
  }

  private static double rawAlpha(int k, double sumOfVariances, double totalVariance) {
    return (double) k / (k - 1) * (1 - sumOfVariances / totalVariance);
  }

  private static Optional<GroupReliability> groupReliability(ScaleMoments moments) {
    int groups = 0;
    long n = 0;
    double weighted = 0;
    double within = 0;
    for (int g = 0; g < moments.groupCounts.length; g++) {
      int size = moments.groupCounts[g];
      if (size > 0) {
        groups++;
        n += size;
        weighted += size * moments.groupMeans[g];
        within += moments.groupSquares[g];
      }
    }
    if (groups < 2 || n <= groups) {
      return Optional.empty();
    }
    double grand = weighted / n;
    double between = 0;
    for (int g = 0; g < moments.groupCounts.length; g++) {
      int size = moments.groupCounts[g];
      if (size > 0) {
        double deviation = moments.groupMeans[g] - grand;
        between += size * deviation * deviation;
      }
    }
    double msb = between / (groups - 1);
    double msw = within / (n - groups);
    double meanSize = (double) n / groups;
    double icc1 = (msb - msw) / (msb + (meanSize - 1) * msw);
    double icc2 = (msb - msw) / msb;
    return Optional.of(new GroupReliability(icc1, icc2, groups, meanSize));
  }

  private static List<GroupScore> groups(String[] keys, ScaleMoments moments, SmallGroupRule rule) {
    // One partition beside the wave of scored respondents: the policy's closed form
    // (docs/privacy.md#the-remedy); position 0 is the wave.
    boolean[] cut =
        DisclosurePolicy.defaults().cutPartition(moments.scored, moments.groupCounts, rule.kMin());
    boolean[] suppressed = Arrays.copyOfRange(cut, 1, cut.length);
    TQuantiles quantiles = new TQuantiles();
    List<GroupScore> groups = new ArrayList<>(keys.length);
    for (int g = 0; g < keys.length; g++) {
      // A key whose respondents have no person score has n = 0 < kMin: publishing it would say
      // that none of them answered enough. It hides no figure, so the rule (which skips empty
      // groups) need not hide another group for it.
      if (suppressed[g] || moments.groupCounts[g] == 0) {
        groups.add(new GroupScore.Suppressed(keys[g]));
      } else {
        int n = moments.groupCounts[g];
        ScoreSummary summary =
            summary(n, moments.groupMeans[g], moments.groupSquares[g], quantiles);
        groups.add(
            new GroupScore.Published(keys[g], n, summary.mean(), summary.sd(), summary.ci95()));
      }
    }
    return groups;
  }

  /** n, mean, sd and the t interval from a count, a mean and a sum of squared deviations. */
  static ScoreSummary summary(int n, double mean, double squares, TQuantiles quantiles) {
    if (n == 0) {
      return new ScoreSummary(0, Double.NaN, Double.NaN, Interval.UNDEFINED);
    }
    if (n == 1) {
      return new ScoreSummary(1, mean, Double.NaN, Interval.UNDEFINED);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double halfWidth = quantiles.upper975(n - 1) * sd / Math.sqrt(n);
    return new ScoreSummary(n, mean, sd, Interval.around(mean, halfWidth));
  }

  /** t(0.975, df) for whole df, remembered: thousands of groups share a few dozen sizes. */
  static final class TQuantiles {
    private final Map<Integer, Double> known = new HashMap<>();

    double upper975(int df) {
      return known.computeIfAbsent(df, d -> StudentT.quantile(0.975, d));
    }
  }
}
