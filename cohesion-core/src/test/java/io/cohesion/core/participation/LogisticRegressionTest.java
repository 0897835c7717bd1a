package io.cohesion.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ValidationException;
import io.cohesion.core.trust.Reference;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IRLS fit on its own: R's non-convergence, collinear terms, and a small fit by hand. */
class LogisticRegressionTest {

  @Test
  void separatedDataDoNotConvergeAsInR() {
    JsonNode separated = null;
    for (JsonNode node : ParticipationReference.JSON.get("cases")) {
      if (node.path("refused").asText().equals("convergence")) {
        separated = node;
      }
    }
    assertThat(separated).as("a case R did not converge on").isNotNull();
    assertThat(separated.get("converged").asBoolean()).isFalse();
    Scale scale = Reference.scale(ParticipationReference.JSON.get("scale"));
    ScaleData measured = Reference.data(separated.get("measurement").asText(), scale, null);
    double[] scores = ScaleScoring.personScores(measured);
    Map<String, Double> trust = new HashMap<>();
    for (int row = 0; row < measured.size(); row++) {
      trust.put(measured.respondent(row).orElseThrow(), scores[row]);
    }
    List<double[]> rows = new ArrayList<>();
    List<Integer> outcomes = new ArrayList<>();
    int cut = separated.get("cut").asInt();
    for (WishMapResponse answer :
        ParticipationReference.answers(separated.get("wishMap").asText())) {
      Double score = trust.get(answer.respondent().value());
      if (score != null && !score.isNaN() && answer.willingness().isPresent()) {
        rows.add(new double[] {1, score});
        outcomes.add(answer.willingness().getAsInt() >= cut ? 1 : 0);
      }
    }
    double[][] x = rows.toArray(double[][]::new);
    int[] y = outcomes.stream().mapToInt(Integer::intValue).toArray();

    assertThatThrownBy(() -> LogisticRegression.fit(x, y, List.of("(Intercept)", "trust")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("did not converge in 25 iterations");
  }

  @Test
  void collinearTermsAreRefused() {
    double[][] x = {{1, 2, 4}, {1, 3, 6}, {1, 1, 2}, {1, 5, 10}, {1, 4, 8}, {1, 2, 4}};
    int[] y = {0, 1, 0, 1, 1, 1};

    assertThatThrownBy(() -> LogisticRegression.fit(x, y, List.of("(Intercept)", "a", "b")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'b'")
        .hasMessageContaining("collinear");
  }

  @Test
  void anInterceptOnlyModelEstimatesTheLogOdds() {
    // With the intercept alone the estimate is log(events / (n − events)), its se
    // sqrt(1/events + 1/(n − events)) at the maximum, and the deviance equals the null deviance.
    double[][] x = new double[10][];
    int[] y = new int[10];
    for (int i = 0; i < 10; i++) {
      x[i] = new double[] {1};
      y[i] = i < 3 ? 1 : 0;
    }

    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, List.of("(Intercept)"));

    ModelTerm intercept = fit.terms().get(0);
    assertThat(intercept.estimate()).isCloseTo(Math.log(3.0 / 7), within(1e-9));
    // as in R, the se is taken at the weights of the last iteration, a step before the estimate
    assertThat(intercept.se()).isCloseTo(Math.sqrt(1.0 / 3 + 1.0 / 7), within(1e-6));
    assertThat(intercept.oddsRatio()).isCloseTo(3.0 / 7, within(1e-9));
    assertThat(fit.deviance()).isCloseTo(fit.nullDeviance(), within(1e-9));
    assertThat(fit.aic()).isCloseTo(fit.deviance() + 2, within(1e-12));
  }
}
