package io.cohesion.core.redthread.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KendallWTest {

  /** A reference set: ratings {@code [respondent][value]} and W from R. */
  record Reference(double[][] rows, double w) {
    double[][] byValue() {
      int k = rows[0].length;
      double[][] ratings = new double[k][rows.length];
      for (int i = 0; i < rows.length; i++) {
        for (int v = 0; v < k; v++) {
          ratings[v][i] = rows[i][v];
        }
      }
      return ratings;
    }
  }

  static Map<String, Reference> references() throws IOException {
    Map<String, Reference> sets = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    KendallWTest.class.getResourceAsStream(
                        "/io/cohesion/core/redthread/kendall-w-reference.txt")),
                StandardCharsets.UTF_8))) {
      String name = null;
      List<double[]> rows = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.trim().split("\\s+");
        switch (parts[0]) {
          case "set" -> {
            name = parts[1];
            rows = new ArrayList<>();
          }
          case "row" -> {
            double[] row = new double[parts.length - 1];
            for (int j = 1; j < parts.length; j++) {
              row[j - 1] = parts[j].equals("NA") ? Double.NaN : Double.parseDouble(parts[j]);
            }
            rows.add(row);
          }
          case "w" ->
              sets.put(
                  name,
                  new Reference(
                      rows.toArray(double[][]::new),
                      parts[1].equals("NA") ? Double.NaN : Double.parseDouble(parts[1])));
          default -> {
            // comments
          }
        }
      }
    }
    return sets;
  }

  @ParameterizedTest
  @ValueSource(strings = {"rounding", "anxiety", "likert"})
  void equalsRToTwelveDigits(String set) throws IOException {
    Reference reference = references().get(set);
    assertThat(reference).as(set).isNotNull();
    assertThat(KendallW.of(reference.byValue())).isCloseTo(reference.w(), within(1e-12));
  }

  @Test
  void isUndefinedWhereRSaysSo() throws IOException {
    Reference reference = references().get("allTied");
    assertThat(reference.w()).isNaN();
    assertThat(KendallW.of(reference.byValue())).isNaN();
  }

  @Test
  void hollanderAndWolfesRoundingTimesGiveTheDocumentedFriedmanStatistic() throws IOException {
    // W = Q / (m (k - 1)); R documents Q = 11.143 for these data.
    Reference rounding = references().get("rounding");
    double q = KendallW.of(rounding.byValue()) * rounding.rows().length * 2;
    assertThat(String.format(Locale.ROOT, "%.3f", q)).isEqualTo("11.143");
  }

  @Test
  void handCheckedWithOneTie() {
    // r1 ranks (3, 2, 1); r2 rates b and a alike: (2.5, 2.5, 1), T = 2^3 - 2 = 6.
    // R = (5.5, 4.5, 2), mean 4, S = 6.5; W = 12 * 6.5 / (4 * 24 - 2 * 6) = 78 / 84.
    double[][] ratings = {{5, 4}, {3, 4}, {1, 2}};
    assertThat(KendallW.of(ratings)).isCloseTo(78.0 / 84, within(1e-15));
  }

  @Test
  void perfectDisagreementOfTwoRespondentsIsZero() {
    double[][] ratings = {{1, 3}, {2, 2}, {3, 1}};
    assertThat(KendallW.of(ratings)).isCloseTo(0.0, within(1e-15));
  }

  @Test
  void incompleteRespondentsDoNotCount() {
    double[][] ratings = {{5, 4, Double.NaN}, {3, 4, 5}, {1, 2, 1}};
    assertThat(KendallW.of(ratings)).isCloseTo(78.0 / 84, within(1e-15));
  }
}
