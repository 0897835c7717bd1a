package io.cohesion.benchmarks;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded national-scale survey data: respondents answer a 1–5 scale in neighbourhoods whose sizes
 * vary, with a neighbourhood effect (so ICC(1) is about 0.05), a person trait shared by the items
 * (alpha about 0.9 for 20 items), every fifth item reversed and about 2% missing answers.
 */
public final class NationalData {

  private NationalData() {}

  /** A k-item 1–5 scale; items 5, 10, … are reversed. */
  public static Scale scale(int items) {
    List<Item> list = new ArrayList<>(items);
    for (int j = 1; j <= items; j++) {
      String id = String.format(Locale.ROOT, "Q%02d", j);
      list.add(new Item(id, Text.of(id), j % 5 == 0));
    }
    return Scale.of(
        new ScaleId("national-" + items), Text.of("national"), new ResponseRange(1, 5), list);
  }

  /**
   * Generates the data.
   *
   * @param respondents the number of respondents
   * @param items the number of items
   * @param groups the number of neighbourhoods
   * @param seed the seed: the same seed gives the same data
   */
  public static ScaleData generate(int respondents, int items, int groups, long seed) {
    ScaleData.Builder builder = ScaleData.builder(scale(items), respondents);
    forEachRow(respondents, items, groups, seed, builder::add);
    return builder.build();
  }

  /** Receives one generated respondent; the answers array is reused for the next row. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * One row.
     *
     * @param respondent the pseudonym
     * @param answers raw answers in item order, NaN where missing
     * @param group the neighbourhood code
     */
    void accept(String respondent, double[] answers, String group);
  }

  /** Generates the rows of {@link #generate} one by one, so they can be written to a file too. */
  public static void forEachRow(int respondents, int items, int groups, long seed, RowSink sink) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] effect = new double[groups];
    String[] keys = new String[groups];
    for (int g = 0; g < groups; g++) {
      effect[g] = 0.23 * random.nextGaussian();
      keys[g] = String.format(Locale.ROOT, "BU%08d", g);
    }
    double[] answers = new double[items];
    for (int r = 0; r < respondents; r++) {
      // Skewed sizes: some neighbourhoods hold a handful of respondents, some hundreds.
      double u = random.nextDouble();
      int g = (int) (groups * u * u);
      double trait = effect[g] + random.nextGaussian();
      for (int j = 0; j < items; j++) {
        if (random.nextDouble() < 0.02) {
          answers[j] = Double.NaN;
          continue;
        }
        double latent = 3 + 0.9 * trait + 0.8 * random.nextGaussian();
        double answer = Math.max(1, Math.min(5, Math.rint(latent)));
        answers[j] = (j + 1) % 5 == 0 ? 6 - answer : answer;
      }
      sink.accept("p" + r, answers, keys[g]);
    }
  }
}
