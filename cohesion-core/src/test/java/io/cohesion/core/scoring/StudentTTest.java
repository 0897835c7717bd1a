package io.cohesion.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.trust.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudentTTest {

  /** 1e-10, relative once the quantile exceeds 1 in size. */
  private static double tolerance(double expected) {
    return 1e-10 * Math.max(1, Math.abs(expected));
  }

  static Stream<Arguments> rQuantiles() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode q : Reference.expected().get("studentT").get("quantiles")) {
      cases.add(Arguments.of(q.get("p").asDouble(), q.get("df").asDouble(), q.get("q").asDouble()));
    }
    return cases.stream();
  }

  static Stream<Arguments> rDistribution() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode q : Reference.expected().get("studentT").get("cdf")) {
      cases.add(Arguments.of(q.get("t").asDouble(), q.get("df").asDouble(), q.get("p").asDouble()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "qt({0}, {1}) = {2}")
  @MethodSource("rQuantiles")
  void quantileMatchesR(double p, double df, double expected) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(tolerance(expected)));
  }

  @ParameterizedTest(name = "pt({0}, {1}) = {2}")
  @MethodSource("rDistribution")
  void distributionMatchesR(double t, double df, double expected) {
    // Relative for the far tails, where the probability itself is tiny.
    assertThat(StudentT.cdf(t, df))
        .isCloseTo(expected, within(Math.max(1e-14, 1e-10 * Math.min(expected, 1 - expected))));
  }

  /** Published two-sided 5% and 1% critical values (three decimals, any statistics textbook). */
  @ParameterizedTest(name = "t({0}, {1}) = {2}")
  @CsvSource({
    "0.975, 1, 12.706",
    "0.975, 2, 4.303",
    "0.975, 3, 3.182",
    "0.975, 5, 2.571",
    "0.975, 10, 2.228",
    "0.975, 30, 2.042",
    "0.975, 100, 1.984",
    "0.975, 1000000, 1.960",
    "0.995, 1, 63.657",
    "0.995, 10, 3.169",
    "0.995, 30, 2.750",
    "0.95, 5, 2.015",
    "0.95, 10, 1.812",
    "0.9, 3, 1.638",
  })
  void quantileMatchesPublishedTables(double p, double df, double table) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(table, within(5e-4));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e-9, 0.001, 0.025, 0.3, 0.6, 0.9, 0.975, 0.999, 1 - 1e-9})
  void oneDegreeOfFreedomIsTheCauchyDistribution(double p) {
    // cot(π·tail) keeps its digits in the far tails, where tan(π(p − ½)) would lose them.
    double exact = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
    assertThat(StudentT.quantile(p, 1)).isCloseTo(exact, within(tolerance(exact)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e-9, 0.001, 0.025, 0.3, 0.6, 0.9, 0.975, 0.999, 1 - 1e-9})
  void twoDegreesOfFreedomHaveAClosedForm(double p) {
    double exact = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    assertThat(StudentT.quantile(p, 2)).isCloseTo(exact, within(tolerance(exact)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.7, 1, 2.5, 9, 51.3, 1e4, 1e6})
  void quantileInvertsTheDistribution(double df) {
    for (double p = 0.01; p < 1; p += 0.07) {
      assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-13));
    }
  }

  @Test
  void isSymmetric() {
    assertThat(StudentT.quantile(0.025, 7.5))
        .isCloseTo(-StudentT.quantile(0.975, 7.5), within(1e-13));
    assertThat(StudentT.quantile(0.25, 7.5)).isEqualTo(-StudentT.quantile(0.75, 7.5));
    assertThat(StudentT.cdf(-1.3, 4) + StudentT.cdf(1.3, 4)).isCloseTo(1, within(1e-15));
    assertThat(StudentT.quantile(0.5, 3)).isZero();
    assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
  }

  @Test
  void approachesTheNormalDistribution() {
    // qnorm(0.975) = 1.959963984540054
    assertThat(StudentT.quantile(0.975, 1e9)).isCloseTo(1.959963984540054, within(1e-8));
  }

  @Test
  void extremeProbabilitiesGiveInfinities() {
    assertThat(StudentT.quantile(0, 4)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(StudentT.quantile(1, 4)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 4)).isEqualTo(1);
    assertThat(StudentT.cdf(Double.NEGATIVE_INFINITY, 4)).isEqualTo(0);
  }

  @Test
  void densityIntegratesToTheDistribution() {
    // Simpson's rule from 0 to 2 against cdf(2) - cdf(0).
    double df = 3.7;
    int steps = 2000;
    double h = 2.0 / steps;
    double sum = StudentT.density(0, df) + StudentT.density(2, df);
    for (int i = 1; i < steps; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * StudentT.density(i * h, df);
    }
    assertThat(sum * h / 3).isCloseTo(StudentT.cdf(2, df) - 0.5, within(1e-12));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> StudentT.quantile(1.2, 3)).hasMessageContaining("1.2");
    assertThatThrownBy(() -> StudentT.quantile(Double.NaN, 3)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).hasMessageContaining("0.0");
    assertThatThrownBy(() -> StudentT.quantile(0.9, Double.POSITIVE_INFINITY))
        .hasMessageContaining("Infinity");
    assertThatThrownBy(() -> StudentT.cdf(Double.NaN, 3)).hasMessageContaining("NaN");
  }
}
