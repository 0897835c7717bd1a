package io.cohesion.core.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ValidationException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringStrategiesTest {

  private final ScoringStrategies strategies = ScoringStrategies.load();

  @Test
  void findsTheBuiltInUrgencyAndFitByName() {
    assertThat(strategies.urgency("default").name()).isEqualTo("default");
    assertThat(strategies.activityFit("default").name()).isEqualTo("default");
  }

  @Test
  void findsAStrategyRegisteredByItsOwnServicesFile() {
    assertThat(strategies.urgency("gap")).isInstanceOf(GapUrgency.class);
    assertThat(strategies.names(UrgencyStrategy.class)).containsExactly("default", "gap");
  }

  @Test
  void anUnknownNameIsAValidationErrorListingTheAvailableNames() {
    assertThatThrownBy(() -> strategies.urgency("median"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown urgency strategy 'median'")
        .hasMessageContaining("available: default, gap");
  }

  @Test
  void twoStrategiesWithOneNameAreRefused(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(UrgencyStrategy.class.getName()), SecondGap.class.getName() + "\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> ScoringStrategies.load(loader).urgency("gap"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("more than one urgency strategy is named 'gap'")
          .hasMessageContaining(SecondGap.class.getName());
    }
  }

  @Test
  void theDefaultAggregateIsTheWeightedMeanOfDefinedUrgencies() {
    UrgencyStrategy plain = new SecondGap();
    // weights: 0.2 twice, 0.8 once, NaN and the weight-0 respondent do not count
    double mean = plain.aggregate(new double[] {0.2, Double.NaN, 0.8, 0.5}, new int[] {2, 3, 1, 0});
    assertThat(mean).isCloseTo((0.4 + 0.8) / 3, within(1e-15));
    assertThat(plain.aggregate(new double[] {Double.NaN}, new int[] {1})).isNaN();
  }

  @Test
  void gapUrgencyTakesTheWeightedMedian() {
    GapUrgency gap = new GapUrgency();
    assertThat(gap.aggregate(new double[] {0.1, 0.9, 0.5}, new int[] {1, 1, 1})).isEqualTo(0.5);
    assertThat(gap.aggregate(new double[] {0.1, 0.9}, new int[] {1, 1})).isEqualTo(0.5);
    assertThat(gap.aggregate(new double[] {0.1, 0.9}, new int[] {1, 2})).isEqualTo(0.9);
  }

  /** A second strategy named like {@link GapUrgency}, registered only in a temporary folder. */
  public static final class SecondGap implements UrgencyStrategy {
    @Override
    public String name() {
      return "gap";
    }

    @Override
    public double respondentUrgency(double importance, double satisfaction, boolean asked) {
      return importance;
    }
  }
}
