package io.cohesion.core.trust;

import static io.cohesion.core.trust.ScaleDataTest.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand; the reference test compares a larger pair with R. */
class CompareWavesTest {

  private static final Scale SCALE =
      new Scale(
          new ScaleId("pair"),
          Text.of("pair"),
          new ResponseRange(1, 5),
          1,
          List.of(Item.of("X"), Item.of("Y")));

  private static ScaleData wave(String[] who, double[] scores) {
    ScaleData.Builder builder = ScaleData.builder(SCALE);
    for (int i = 0; i < who.length; i++) {
      builder.add(who[i], new double[] {scores[i], scores[i]}, null);
    }
    return builder.build();
  }

  @Test
  void worksOutAHandCase() {
    // before a b c = 1 2 3; after a b c d = 2 4 5 5.
    ScaleData before = wave(new String[] {"a", "b", "c"}, new double[] {1, 2, 3});
    ScaleData after = wave(new String[] {"a", "b", "c", "d"}, new double[] {2, 4, 5, 5});

    WaveComparison comparison = CompareWaves.compare(before, after);

    IndependentComparison independent = comparison.independent();
    assertThat(independent.nBefore()).isEqualTo(3);
    assertThat(independent.nAfter()).isEqualTo(4);
    assertThat(independent.meanBefore()).isCloseTo(2, within(1e-12));
    assertThat(independent.meanAfter()).isCloseTo(4, within(1e-12));
    assertThat(independent.difference()).isCloseTo(2, within(1e-12));
    // var before = 1, var after = (4 + 0 + 1 + 1)/3 = 2; shares 1/3 and 1/2, se² = 5/6.
    // df = (5/6)² / ((1/3)²/2 + (1/2)²/3) = (25/36) / (1/18 + 1/12) = 5.
    assertThat(independent.welchDf()).isCloseTo(5, within(1e-12));
    double halfWidth = 2.5705818356363137 * Math.sqrt(5.0 / 6); // R: qt(0.975, 5)
    assertThat(independent.ci95().lower()).isCloseTo(2 - halfWidth, within(1e-10));
    assertThat(independent.ci95().upper()).isCloseTo(2 + halfWidth, within(1e-10));
    // pooled sd √((2·1 + 3·2)/5) = √1.6; J = 1 − 3/(4·7 − 9) = 16/19.
    assertThat(independent.hedgesG()).isCloseTo(16.0 / 19 * 2 / Math.sqrt(1.6), within(1e-12));

    // pairs a b c: differences 1 2 2, mean 5/3, sd √(1/3), dz = 5/√3.
    PairedComparison paired = comparison.paired().orElseThrow();
    assertThat(paired.nPairs()).isEqualTo(3);
    assertThat(paired.meanDifference()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(paired.dz()).isCloseTo(5 / Math.sqrt(3), within(1e-12));
    // t(0.975, 2) in closed form: (2p − 1)/√(2p(1 − p)) = 0.95·√(2/0.0975)
    double pairedHalf = 0.95 * Math.sqrt(2 / 0.0975) * Math.sqrt(1.0 / 3) / Math.sqrt(3);
    assertThat(paired.ci95().lower()).isCloseTo(5.0 / 3 - pairedHalf, within(1e-10));
  }

  @Test
  void pairsOnlyRespondentsScoredInBothWaves() {
    ScaleData.Builder before = ScaleData.builder(SCALE);
    before.add("a", new double[] {1, 1}, null);
    before.add("b", new double[] {NA, NA}, null); // no score before
    before.add("c", new double[] {3, 3}, null);
    before.add(null, new double[] {2, 2}, null); // no pseudonym
    ScaleData after = wave(new String[] {"a", "b", "c", "e"}, new double[] {2, 2, 5, 1});

    PairedComparison paired = CompareWaves.compare(before.build(), after).paired().orElseThrow();

    assertThat(paired.nPairs()).isEqualTo(2);
    assertThat(paired.meanDifference()).isCloseTo(1.5, within(1e-12)); // (1 + 2)/2
  }

  @Test
  void fewerThanTwoPairsGiveNoPairedComparison() {
    ScaleData before = wave(new String[] {"a", "b"}, new double[] {1, 2});
    ScaleData after = wave(new String[] {"a", "z"}, new double[] {2, 3});

    assertThat(CompareWaves.compare(before, after).paired()).isEmpty();
  }

  @Test
  void aWaveWithOneScoreHasUndefinedFigures() {
    ScaleData before = wave(new String[] {"a"}, new double[] {1});
    ScaleData after = wave(new String[] {"b", "c"}, new double[] {2, 3});

    IndependentComparison independent = CompareWaves.compare(before, after).independent();

    assertThat(independent.difference()).isCloseTo(1.5, within(1e-12));
    assertThat(independent.welchDf()).isNaN();
    assertThat(independent.hedgesG()).isNaN();
    assertThat(independent.ci95().isDefined()).isFalse();
  }

  @Test
  void rejectsWavesOfDifferentScales() {
    Scale other =
        new Scale(
            new ScaleId("other"),
            Text.of("other"),
            new ResponseRange(1, 5),
            1,
            List.of(Item.of("X"), Item.of("Y")));
    ScaleData before = wave(new String[] {"a"}, new double[] {1});
    ScaleData after = ScaleData.builder(other).build();

    assertThatThrownBy(() -> CompareWaves.compare(before, after))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pair")
        .hasMessageContaining("other");
  }
}
