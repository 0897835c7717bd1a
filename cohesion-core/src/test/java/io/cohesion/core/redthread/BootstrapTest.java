package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private final WishMap map = map(true, 2, "a", "b", "c", "d", "e");

  /** Noisy answers from a fixed generator: only the structure matters here. */
  private List<WishMapResponse> noisy(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] codes = {"a", "b", "c", "d", "e"};
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Responses.Builder r = respondent("r" + i);
      for (String code : codes) {
        r.imp(code, 1 + random.nextInt(5)).sat(code, 1 + random.nextInt(5));
      }
      int first = random.nextInt(5);
      r.top(codes[first], codes[(first + 1 + random.nextInt(4)) % 5]);
      responses.add(r.build());
    }
    return responses;
  }

  private static double[] pTopK(RedThread thread) {
    return thread.values().stream()
        .sorted(java.util.Comparator.comparing(ValueFigures::code))
        .mapToDouble(ValueFigures::pTopK)
        .toArray();
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    List<WishMapResponse> responses = noisy(60, 7);
    RedThreadOptions options =
        RedThreadOptions.defaults()
            .withAudience(Audience.rawData(1))
            .withBootstrap(200)
            .withSeed(42);
    assertThat(RedThreadAnalysis.analyse(map, responses, options))
        .isEqualTo(RedThreadAnalysis.analyse(map, responses, options));
  }

  @Test
  void anotherSeedDrawsOtherResamples() {
    List<WishMapResponse> responses = noisy(60, 7);
    RedThreadOptions options =
        RedThreadOptions.defaults().withAudience(Audience.rawData(1)).withBootstrap(200);
    assertThat(pTopK(RedThreadAnalysis.analyse(map, responses, options.withSeed(1))))
        .isNotEqualTo(pTopK(RedThreadAnalysis.analyse(map, responses, options.withSeed(2))));
  }

  @Test
  void eachResamplePutsExactlyKValuesInTheTopK() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            noisy(40, 3),
            RedThreadOptions.defaults()
                .withAudience(Audience.rawData(1))
                .withBootstrap(300)
                .withSeed(5));
    double sum = 0;
    for (ValueFigures v : thread.values()) {
      assertThat(v.pTopK()).isBetween(0.0, 1.0);
      // a share of 300 resamples is a whole number of three-hundredths
      assertThat(v.pTopK() * 300).isCloseTo(Math.rint(v.pTopK() * 300), within(1e-9));
      sum += v.pTopK();
    }
    assertThat(sum).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void identicalRespondentsLeaveNoDoubtAboutTheTop() {
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      responses.add(
          respondent("r" + i)
              .imp("a", 5, "b", 4, "c", 3, "d", 2, "e", 1)
              .sat("a", 1, "b", 1, "c", 1, "d", 1, "e", 1)
              .top("a", "b")
              .build());
    }
    RedThread thread =
        RedThreadAnalysis.analyse(
            map, responses, RedThreadOptions.defaults().withAudience(Audience.rawData(1)));
    assertThat(thread.values())
        .extracting(ValueFigures::code)
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(thread.values())
        .extracting(ValueFigures::pTopK)
        .containsExactly(1.0, 1.0, 0.0, 0.0, 0.0);
  }

  @Test
  void aClearFavouriteIsAlmostAlwaysInTheTop() {
    List<WishMapResponse> responses = new ArrayList<>(noisy(100, 11));
    for (int i = 0; i < 100; i++) {
      responses.add(respondent("f" + i).imp("e", 5).sat("e", 1).top("e").build());
    }
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            responses,
            RedThreadOptions.defaults().withAudience(Audience.rawData(1)).withBootstrap(200));
    assertThat(thread.values().get(0).code()).isEqualTo("e");
    assertThat(thread.values().get(0).pTopK()).isGreaterThan(0.99);
  }

  @Test
  void withoutResamplesPTopKIsUndefined() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            noisy(10, 1),
            RedThreadOptions.defaults().withAudience(Audience.rawData(1)).withBootstrap(0));
    assertThat(thread.values()).allSatisfy(v -> assertThat(v.pTopK()).isNaN());
  }

  @Test
  void bootstrapDoesNotChangeThePointFigures() {
    List<WishMapResponse> responses = noisy(50, 9);
    RedThread without =
        RedThreadAnalysis.analyse(
            map,
            responses,
            RedThreadOptions.defaults().withAudience(Audience.rawData(1)).withBootstrap(0));
    RedThread with =
        RedThreadAnalysis.analyse(
            map,
            responses,
            RedThreadOptions.defaults().withAudience(Audience.rawData(1)).withBootstrap(50));
    assertThat(with.values())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("pTopK")
        .containsExactlyElementsOf(without.values());
  }
}
