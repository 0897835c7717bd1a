package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ColumnsAnalysisTest {
  private static final WishMap MAP =
      map(true, 2, List.of("household", "street"), "a", "b", "c", "d");

  private static List<WishMapResponse> responses(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] codes = {"a", "b", "c", "d"};
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Responses.Builder r = respondent("r" + i);
      for (String code : codes) {
        if (random.nextInt(10) != 0) {
          r.imp(code, 1.0 + random.nextInt(5));
        }
        if (random.nextInt(10) != 0) {
          r.sat(code, 1.0 + random.nextInt(5));
        }
      }
      int first = random.nextInt(5);
      if (first < 4) {
        r.top(
            random.nextBoolean()
                ? new String[] {codes[first]}
                : new String[] {codes[first], codes[(first + 1) % 4]});
      }
      if (random.nextInt(6) != 0) {
        r.segment("household", "h" + random.nextInt(3));
      }
      if (random.nextInt(3) != 0) {
        r.segment("street", "s" + random.nextInt(8));
      }
      r.networks(random.nextBoolean() ? new String[] {"n" + random.nextInt(4)} : new String[0]);
      responses.add(r.build());
    }
    return responses;
  }

  @Test
  void theColumnsOfResponsesHaveTheirRedThread() {
    for (long seed = 0; seed < 20; seed++) {
      List<WishMapResponse> responses = responses(40 + (int) seed * 7, seed);
      RedThreadOptions options =
          RedThreadOptions.defaults()
              .withSegmentColumns(
                  seed % 2 == 0 ? List.of("street", "household") : List.of("household"))
              .withAudience(Audience.rawData(1 + (int) (seed % 5)))
              .withBootstrap(50)
              .withSeed(seed);

      RedThread fromColumns = RedThreadAnalysis.analyse(WishMapColumns.of(MAP, responses), options);

      assertThat(fromColumns).isEqualTo(RedThreadAnalysis.analyse(MAP, responses, options));
      assertThat(fromColumns.n()).isEqualTo(responses.size());
    }
  }

  @Test
  void aSegmentColumnTheMapDoesNotHaveIsRefused() {
    WishMapColumns columns = WishMapColumns.of(MAP, responses(10, 1));

    assertThatThrownBy(
            () ->
                RedThreadAnalysis.analyse(
                    columns, RedThreadOptions.defaults().withSegmentColumns(List.of("age"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown segment column 'age'");
  }
}
