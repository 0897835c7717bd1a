package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.SmallGroupRule;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The per-group table of {@link ScaleScoring} hides what docs/privacy.md says it must, for random
 * partitions: a suppressed group's mean cannot be recovered because a different data set, in which
 * the suppressed groups hold other means, publishes exactly the same table and totals.
 */
class GroupTablePropertiesTest {

  private static final Scale SCALE =
      new Scale(
          new ScaleId("s"),
          Text.of("s"),
          new ResponseRange(1, 5),
          1,
          List.of(Item.of("A"), Item.of("B")));

  @Property(tries = 300)
  void publishedGroupsHaveAtLeastKMinAndSuppressedOnesShowNothing(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 15) Integer> sizes,
      @ForAll @IntRange(min = 2, max = 8) int kMin,
      @ForAll long seed) {
    ScaleReport report = ScaleScoring.score(data(sizes, seed, -1, -1), new SmallGroupRule(kMin));

    assertThat(report.groups()).hasSize(sizes.size());
    for (GroupScore group : report.groups()) {
      if (group instanceof GroupScore.Published published) {
        assertThat(published.n()).isGreaterThanOrEqualTo(kMin);
      } else {
        assertThat(group).isEqualTo(new GroupScore.Suppressed(group.group()));
      }
    }
  }

  @Property(tries = 300)
  void aSuppressedGroupsMeanCannotBeRecoveredFromWhatIsPublished(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 1, max = 15) Integer> sizes,
      @ForAll @IntRange(min = 2, max = 8) int kMin,
      @ForAll long seed) {
    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    Assume.that(total >= kMin);
    boolean[] hidden = new SmallGroupRule(kMin).suppressed(sizes);
    int first = indexOf(hidden, 0);
    int second = first < 0 ? -1 : indexOf(hidden, first + 1);
    Assume.that(first >= 0);
    assertThat(second).as("a suppressed group never hides alone").isGreaterThanOrEqualTo(0);

    // Swap one respondent's answers between two suppressed groups. Totals, reliability and
    // every published group stay the same: an observer cannot tell the two data sets apart.
    ScaleData original = data(sizes, seed, -1, -1);
    ScaleData swapped = data(sizes, seed, first, second);
    SmallGroupRule rule = new SmallGroupRule(kMin);
    ScaleReport a = ScaleScoring.score(original, rule);
    ScaleReport b = ScaleScoring.score(swapped, rule);

    assertThat(b.groups()).isEqualTo(a.groups());
    assertThat(b.n()).isEqualTo(a.n());
    assertThat(b.score().n()).isEqualTo(a.score().n());
    assertThat(b.score().mean()).isCloseTo(a.score().mean(), within(1e-12));
    assertThat(b.score().sd()).isCloseTo(a.score().sd(), within(1e-12));
    // ... while the suppressed groups' own means differ whenever the swapped answers do.
    double[] before = groupMeans(original, first);
    double[] after = groupMeans(swapped, first);
    if (before[1] != after[1]) {
      assertThat(after[0]).isNotEqualTo(before[0]);
    }
  }

  @Example
  void aSuppressedRecordHasOnlyItsKey() {
    assertThat(GroupScore.Suppressed.class.getRecordComponents())
        .extracting(RecordComponent::getName)
        .containsExactly("group");
  }

  /** Groups g00, g01, … of the given sizes; optionally swaps the first members of two groups. */
  private static ScaleData data(List<Integer> sizes, long seed, int swapA, int swapB) {
    Random random = new Random(seed);
    double[][][] answers = new double[sizes.size()][][];
    for (int g = 0; g < sizes.size(); g++) {
      answers[g] = new double[sizes.get(g)][];
      for (int i = 0; i < sizes.get(g); i++) {
        answers[g][i] = new double[] {1 + random.nextInt(5), 1 + random.nextInt(5)};
      }
    }
    if (swapA >= 0) {
      double[] keep = answers[swapA][0];
      answers[swapA][0] = answers[swapB][0];
      answers[swapB][0] = keep;
    }
    ScaleData.Builder builder = ScaleData.builder(SCALE);
    int id = 0;
    for (int g = 0; g < sizes.size(); g++) {
      for (double[] row : answers[g]) {
        builder.add("r" + id++, row, String.format(Locale.ROOT, "g%02d", g));
      }
    }
    return builder.build();
  }

  /** The mean person score of group g and the first member's score, straight from the data. */
  private static double[] groupMeans(ScaleData data, int g) {
    String key = String.format(Locale.ROOT, "g%02d", g);
    double sum = 0;
    int n = 0;
    double firstScore = Double.NaN;
    for (int row = 0; row < data.size(); row++) {
      if (data.group(row).orElseThrow().equals(key)) {
        double score = (data.keyedAnswer(row, 0) + data.keyedAnswer(row, 1)) / 2;
        if (n == 0) {
          firstScore = score;
        }
        sum += score;
        n++;
      }
    }
    return new double[] {sum / n, firstScore};
  }

  private static int indexOf(boolean[] flags, int from) {
    for (int i = from; i < flags.length; i++) {
      if (flags[i]) {
        return i;
      }
    }
    return -1;
  }
}
