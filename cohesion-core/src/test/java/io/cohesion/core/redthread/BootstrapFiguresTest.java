package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bootstrap's {@code pTopK} is a fixed function of the responses, B and the seed: these are the
 * figures release 0.1.0 gave (one resample after another on one thread, {@link SplittableRandom}
 * drawing the respondents), and every later way of computing them must give them again, to the last
 * resample.
 */
class BootstrapFiguresTest {

  private static final String[] CODES = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"
  };

  /**
   * Answers from a fixed generator, about one in twenty missing, zero to {@code topChoices} top
   * choices.
   */
  static List<WishMapResponse> responses(
      int n, int values, int topChoices, boolean satisfaction, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<WishMapResponse> responses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Responses.Builder r = respondent("r" + i);
      for (int v = 0; v < values; v++) {
        if (random.nextInt(20) != 0) {
          r.imp(CODES[v], 1 + random.nextInt(5));
        }
        if (random.nextInt(20) != 0 && satisfaction) {
          r.sat(CODES[v], 1 + random.nextInt(5));
        }
      }
      List<String> top = new ArrayList<>();
      int count = random.nextInt(topChoices + 1);
      while (top.size() < count) {
        String code = CODES[random.nextInt(values)];
        if (!top.contains(code)) {
          top.add(code);
        }
      }
      r.top(top.toArray(String[]::new));
      responses.add(r.build());
    }
    return responses;
  }

  /** Per value in code order, the number of resamples that put it in the top K. */
  private static String hits(RedThread thread, int bootstrap) {
    StringJoiner joined = new StringJoiner(" ");
    thread.values().stream()
        .sorted(java.util.Comparator.comparing(ValueFigures::code))
        .forEach(v -> joined.add(v.code() + "=" + Math.round(v.pTopK() * bootstrap)));
    return joined.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|6|3|true|10|3|a=10 b=0 c=10 d=10 e=0 f=0",
        "64|6|3|true|100|42|a=73 b=66 c=61 d=10 e=67 f=23",
        "100|6|2|false|200|-5|a=46 b=26 c=7 d=169 e=145 f=7",
        "999|14|3|true|150|7|a=47 b=21 c=14 d=19 e=36 f=42 g=20 h=24 i=52 j=15 k=31 l=69 m=60 n=0",
        "2500|14|3|true|120|-9223372036854775807|a=14 b=4 c=29 d=10 e=16 f=86 g=8 h=21 i=22 j=21 k=4 l=34 m=57 n=34",
        "10000|14|3|true|300|20241128|a=2 b=25 c=37 d=41 e=47 f=7 g=12 h=93 i=87 j=143 k=8 l=93 m=213 n=92",
      })
  void theResamplesGiveTheFiguresTheyAlwaysGave(
      int n,
      int values,
      int topChoices,
      boolean satisfaction,
      int bootstrap,
      long seed,
      String expected) {
    WishMap map = map(satisfaction, topChoices, Arrays.copyOf(CODES, values));
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            responses(n, values, topChoices, satisfaction, n + 17L * values),
            RedThreadOptions.defaults()
                .withAudience(Audience.rawData(1))
                .withBootstrap(bootstrap)
                .withSeed(seed));
    assertThat(hits(thread, bootstrap)).isEqualTo(expected);
  }
}
