package io.cohesion.core.participation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.trust.Reference;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of the model of trust and taking part against R's {@code glm(family = binomial)} on
 * the data sets of participation.R, and R's separation and non-convergence refused.
 */
class TrustAndTakingPartReferenceTest {

  private static final double TOLERANCE = 1e-6;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode node : ParticipationReference.JSON.get("cases")) {
      cases.add(Arguments.of(node.get("name").asText(), node));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesR(String name, JsonNode node) {
    Scale scale = Reference.scale(ParticipationReference.JSON.get("scale"));
    ScaleData measured = Reference.data(node.get("measurement").asText(), scale, null);
    Optional<String> factor =
        node.get("factor").isNull() ? Optional.empty() : Optional.of(node.get("factor").asText());
    Map<String, List<String>> columns = new LinkedHashMap<>();
    boolean declared = !node.get("declared").isNull();
    factor.ifPresent(
        column -> {
          List<String> levels = new ArrayList<>();
          node.get(declared ? "declared" : "levels").forEach(l -> levels.add(l.asText()));
          columns.put(column, levels);
        });
    WishMap map = ParticipationReference.wishMap(columns, declared);
    ModelOptions options = new ModelOptions(node.get("cut").asInt(), factor);

    if (node.has("refused")) {
      assertThatThrownBy(
              () ->
                  TrustAndTakingPart.model(
                      measured,
                      map,
                      ParticipationReference.answers(node.get("wishMap").asText()),
                      options,
                      Audience.rawData(5)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("separation");
      return;
    }
    ParticipationModel model =
        TrustAndTakingPart.model(
            measured,
            map,
            ParticipationReference.answers(node.get("wishMap").asText()),
            options,
            Audience.rawData(5));

    JsonNode expected = node.get("expected");
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(model.n()).as("n").isEqualTo(expected.get("n").asInt());
    soft.assertThat(model.events()).as("events").isEqualTo(expected.get("events").asInt());
    soft.assertThat(model.cut()).as("cut").isEqualTo(expected.get("cut").asInt());
    close(soft, "deviance", model.deviance(), expected.get("deviance"));
    close(soft, "nullDeviance", model.nullDeviance(), expected.get("nullDeviance"));
    close(soft, "aic", model.aic(), expected.get("aic"));
    soft.assertThat(model.dfResidual())
        .as("dfResidual")
        .isEqualTo(expected.get("dfResidual").asInt());
    JsonNode terms = expected.get("terms");
    soft.assertThat(model.terms()).hasSize(terms.size());
    for (int t = 0; t < Math.min(terms.size(), model.terms().size()); t++) {
      ModelTerm term = model.terms().get(t);
      JsonNode e = terms.get(t);
      soft.assertThat(term.term()).isEqualTo(e.get("term").asText());
      close(soft, term.term() + " estimate", term.estimate(), e.get("estimate"));
      close(soft, term.term() + " se", term.se(), e.get("se"));
      close(soft, term.term() + " z", term.z(), e.get("z"));
      double p = e.get("p").asDouble();
      soft.assertThat(term.p())
          .as(term.term() + " p")
          .isCloseTo(p, within(p < 1e-3 ? p * TOLERANCE : TOLERANCE));
      close(soft, term.term() + " oddsRatio", term.oddsRatio(), e.get("oddsRatio"));
      close(soft, term.term() + " ci95 lower", term.ci95().lower(), e.get("ci95").get(0));
      close(soft, term.term() + " ci95 upper", term.ci95().upper(), e.get("ci95").get(1));
    }
    soft.assertAll();
  }

  private static void close(SoftAssertions soft, String what, double actual, JsonNode expected) {
    soft.assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(TOLERANCE));
  }
}
