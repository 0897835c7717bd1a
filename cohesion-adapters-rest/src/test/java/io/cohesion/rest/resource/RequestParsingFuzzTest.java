package io.cohesion.rest.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.rest.ApiConfig;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ErrorMapper;
import io.cohesion.rest.http.Json;
import io.cohesion.rest.http.Problem;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.mapping.FileFormatException;
import io.cohesion.rest.mapping.ScaleFile;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import io.cohesion.rest.mapping.WishMapFile;
import io.cohesion.rest.mapping.WishMapResponsesCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Fuzzes the parsing of request bodies with arbitrary bytes, through the readers and the strict
 * JSON mapper the routes use: every input is either accepted or refused with an exception that the
 * API answers with a 4xx problem. Anything else — a NullPointerException, an IllegalStateException,
 * a StackOverflowError, a plain IOException — would be a 500 and fails the test.
 *
 * <p>{@code mvn verify} replays the corpus under {@code RequestParsingFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} Jazzer mutates it (see {@code docs/api.md}, "Fuzzing").
 */
class RequestParsingFuzzTest {
  private static final String SOURCE = "request body";
  private static final ObjectMapper JSON = Json.strictMapper();
  private static final Bodies BODIES = new Bodies(JSON, ApiConfig.DEFAULT_MAX_BODY_BYTES);
  private static final ErrorMapper ERRORS = new ErrorMapper(JSON);

  private static final Scale SCALE =
      readScale(
          "{\"id\":\"trust\",\"response\":{\"min\":1,\"max\":5},"
              + "\"items\":[{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\",\"reverse\":true}]}");

  private static final WishMap WISH_MAP =
      readWishMap(
          "{\"id\":\"nb\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},"
              + "{\"code\":\"green\"}],\"importanceScale\":{\"min\":1,\"max\":5},"
              + "\"satisfactionScale\":{\"min\":1,\"max\":5},\"topChoices\":2,"
              + "\"segments\":[\"household\"]}");

  @FuzzTest(maxDuration = "2m")
  void scaleFile(byte[] body) {
    refusedAsBadInput(() -> ScaleFile.read(new ByteArrayInputStream(body), SOURCE));
  }

  @FuzzTest(maxDuration = "2m")
  void wishMapFile(byte[] body) {
    refusedAsBadInput(() -> WishMapFile.read(new ByteArrayInputStream(body), SOURCE));
  }

  @FuzzTest(maxDuration = "2m")
  void wishMapResponseJson(byte[] body) {
    refusedAsBadInput(
        () -> {
          WishMapResource.ResponseRequest request =
              BODIES.json(body, WishMapResource.ResponseRequest.class);
          return WISH_MAP.validate(
              new WishMapResponse(
                  pseudonym(request.respondent()),
                  Nulls.map("importance", request.importance()),
                  Nulls.map("satisfaction", request.satisfaction()),
                  Nulls.list("topChoices", request.topChoices()),
                  Nulls.map("segments", request.segments()),
                  new HashSet<>(Nulls.list("networks", request.networks())),
                  request.willingness() == null
                      ? OptionalInt.empty()
                      : OptionalInt.of(request.willingness()),
                  Nulls.list("wishes", request.wishes())));
        });
  }

  @FuzzTest(maxDuration = "2m")
  void measurementResponseJson(byte[] body) {
    refusedAsBadInput(
        () -> {
          MeasurementResource.ResponseRequest request =
              BODIES.json(body, MeasurementResource.ResponseRequest.class);
          return new MeasurementResponse(
                  pseudonym(request.respondent()),
                  Nulls.map("answers", request.answers()),
                  Nulls.map("attributes", request.attributes()))
              .validate(SCALE);
        });
  }

  @FuzzTest(maxDuration = "2m")
  void wishMapResponsesCsv(byte[] body) {
    refusedAsBadInput(
        () ->
            WishMapResponsesCsv.forWishMap(WISH_MAP)
                .read(new ByteArrayInputStream(body), SOURCE, response -> {}));
  }

  @FuzzTest(maxDuration = "2m")
  void measurementResponsesCsv(byte[] body) {
    // The same row handler as the CSV import of a measurement: a respondent is required.
    refusedAsBadInput(
        () ->
            ScaleResponsesCsv.forScale(SCALE)
                .read(
                    new ByteArrayInputStream(body),
                    SOURCE,
                    (respondent, answers, group) -> {
                      if (respondent == null) {
                        throw FileFormatException.of(SOURCE, "row", "needs a respondent");
                      }
                      Map<String, Double> byItem = new LinkedHashMap<>();
                      for (int i = 0; i < answers.length; i++) {
                        if (!Double.isNaN(answers[i])) {
                          byItem.put(SCALE.items().get(i).id(), answers[i]);
                        }
                      }
                      new MeasurementResponse(new Pseudonym(respondent), byItem, Map.of());
                    }));
  }

  /** The check of {@code Respondents} for a key holder: a pseudonym, named when it is wrong. */
  private static Pseudonym pseudonym(String respondent) {
    if (respondent == null) {
      throw ProblemException.invalid("respondent", "is required");
    }
    try {
      return new Pseudonym(respondent);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("respondent", String.valueOf(e.getMessage()));
    }
  }

  @FunctionalInterface
  private interface Parse {
    Object run() throws IOException;
  }

  /**
   * Runs {@code parse}: it may succeed, or fail with one of the exceptions that mean "bad input",
   * which the error mapper must turn into a 4xx problem with a detail. Everything else propagates
   * and is a finding.
   */
  private static void refusedAsBadInput(Parse parse) {
    Exception refusal;
    try {
      assertThat(parse.run()).isNotNull();
      return;
    } catch (JsonProcessingException | ValidationException | ProblemException e) {
      refusal = e;
    } catch (IOException e) {
      // Only JSON processing errors are bad input; another IOException would be a 500.
      throw new UncheckedIOException("not a bad-input refusal", e);
    }
    Problem problem = ERRORS.toProblem(refusal);
    assertThat(problem.status()).as("status for %s", refusal).isBetween(400, 499);
    assertThat(problem.detail()).as("detail for %s", refusal).isNotBlank();
  }

  private static Scale readScale(String json) {
    try {
      return ScaleFile.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scale");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WishMap readWishMap(String json) {
    try {
      return WishMapFile.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "wish map");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
