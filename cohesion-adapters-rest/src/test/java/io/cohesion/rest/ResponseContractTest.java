package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.rest.resource.DocumentResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The check every HTTP test runs on its responses can fail: on a field the document does not name,
 * on a required field that is missing, on a wrong type, and on a status, content type or header the
 * document does not promise.
 */
class ResponseContractTest {
  private static final ResponseContract CONTRACT = ResponseContract.served();
  private static final Set<String> HEADERS = Set.of("API-Version", "Content-Type");
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String HEALTH =
      "{\"status\":\"UP\",\"store\":{\"status\":\"UP\",\"kind\":\"x\"}}";
  private static final String COMPARISON =
      "{\"independent\":{\"nBefore\":13,\"nAfter\":9,\"meanBefore\":2.3,\"meanAfter\":3.7,"
          + "\"difference\":1.4,\"ci95\":[1.0,1.7],\"welchDf\":17.0,\"hedgesG\":null},"
          + "\"paired\":{\"nPairs\":8,\"meanDifference\":1.4,\"ci95\":null,\"dz\":6.0}}";

  private static List<String> health(int status, String contentType, String body) {
    return CONTRACT.problems("GET", "/api/v1/health", status, contentType, HEADERS, body);
  }

  private static List<String> comparison(String body) {
    return CONTRACT.problems(
        "GET", "/api/v1/measurements/before/comparison", 200, JSON, HEADERS, body);
  }

  @Test
  void whatTheDocumentDescribesPasses() {
    assertThat(health(200, "application/json;charset=utf-8", HEALTH)).isEmpty();
    assertThat(comparison(COMPARISON)).isEmpty();
    assertThat(comparison("{\"suppressed\":true,\"reason\":\"too few\"}")).isEmpty();
    assertThat(
            health(
                503,
                PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Down\",\"status\":503,\"detail\":\"d\","
                    + "\"store\":{\"status\":\"DOWN\",\"kind\":\"x\"}}"))
        .as("a problem extended with allOf keeps the fields of both")
        .isEmpty();
  }

  @Test
  void aMissingFieldOfAResponseFails() {
    String wishMaps = "/api/v1/wish-maps/nb/responses";
    String measurements = "/api/v1/measurements/m/responses";
    assertThat(
            CONTRACT.problems(
                "POST", wishMaps, 201, JSON, HEADERS, "{\"id\":1,\"wishMapId\":\"nb\"}"))
        .isEmpty();
    assertThat(
            CONTRACT.problems(
                "POST",
                measurements,
                201,
                JSON,
                HEADERS,
                "{\"imported\":3,\"measurementId\":\"m\"}"))
        .isEmpty();
    for (String submitted :
        List.of(
            "{\"wishMapId\":\"nb\"}",
            "{\"id\":1}",
            "{\"id\":1,\"imported\":2}",
            "{\"id\":1,\"wishMapId\":\"nb\",\"measurementId\":\"m\"}")) {
      assertThat(CONTRACT.problems("POST", wishMaps, 201, JSON, HEADERS, submitted))
          .as(submitted)
          .isNotEmpty();
    }

    String answer =
        "{\"respondent\":\"r\",\"importance\":{\"a\":1},\"satisfaction\":{},\"topChoices\":[],"
            + "\"segments\":{},\"networks\":[],\"willingness\":null,\"wishes\":[]}";
    String page =
        "{\"items\":[%s],\"page\":1,\"pageSize\":20,\"totalItems\":1,\"totalPages\":1,"
            + "\"_links\":{\"self\":{\"href\":\"x\"},\"first\":{\"href\":\"x\"},"
            + "\"last\":{\"href\":\"x\"}}}";
    assertThat(CONTRACT.problems("GET", wishMaps, 200, JSON, HEADERS, page.formatted(answer)))
        .isEmpty();
    assertThat(
            CONTRACT.problems(
                "GET",
                wishMaps,
                200,
                JSON,
                HEADERS,
                page.formatted(answer.replace(",\"wishes\":[]", ""))))
        .as("a stored answer is listed with every field, though a request may leave some out")
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("wishes"));

    String advice =
        "{\"size\":1,\"roles\":{},\"sound\":false,\"advice\":[{\"kind\":\"tooSmall\","
            + "\"severity\":\"concern\",\"message\":{\"nl\":\"a\",\"en\":\"b\"}}]}";
    String teamAdvice = "/api/v1/initiatives/i/team-advice";
    assertThat(CONTRACT.problems("GET", teamAdvice, 200, JSON, HEADERS, advice)).isEmpty();
    assertThat(
            CONTRACT.problems(
                "GET", teamAdvice, 200, JSON, HEADERS, advice.replace(",\"en\":\"b\"", "")))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("en"));
    assertThat(
            CONTRACT.problems(
                "GET",
                teamAdvice,
                200,
                JSON,
                HEADERS,
                advice.replace("\"severity\":\"concern\",", "")))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("severity"));
  }

  @Test
  void anExtraFieldFails() {
    assertThat(health(200, JSON, "{\"extra\":1," + HEALTH.substring(1)))
        .as("a schema that says nothing about other properties is closed")
        .singleElement()
        .asString()
        .contains("extra");
    assertThat(comparison(COMPARISON.replace("\"nPairs\"", "\"secret\":\"x\",\"nPairs\"")))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("secret"));
    assertThat(comparison("{\"suppressed\":true,\"reason\":\"too few\",\"n\":3}"))
        .as("the withheld form gives no count")
        .isNotEmpty();
    assertThat(
            health(
                503,
                PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Down\",\"status\":503,\"detail\":\"d\","
                    + "\"store\":{\"status\":\"DOWN\",\"kind\":\"x\"},\"stack\":\"at ...\"}"))
        .as("a problem extended with allOf is closed as a whole")
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("stack"));
  }

  @Test
  void aMissingRequiredFieldFails() {
    assertThat(health(200, JSON, "{\"status\":\"UP\"}"))
        .singleElement()
        .asString()
        .contains("store");
    assertThat(comparison(COMPARISON.replace("\"nBefore\":13,", "")))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("nBefore"));
  }

  @Test
  void aWrongTypeFails() {
    assertThat(health(200, JSON, HEALTH.replace("\"kind\":\"x\"", "\"kind\":7")))
        .singleElement()
        .asString()
        .contains("/store/kind");
    assertThat(comparison(COMPARISON.replace("\"nBefore\":13", "\"nBefore\":\"13\"")))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("/independent/nBefore"));
    assertThat(comparison(COMPARISON.replace("\"ci95\":[1.0,1.7]", "\"ci95\":[1.0]")))
        .as("an interval has two ends")
        .isNotEmpty();
  }

  @Test
  void aStatusContentTypeOrHeaderTheDocumentDoesNotPromiseFails() {
    assertThat(health(418, JSON, HEALTH)).singleElement().asString().contains("no 418");
    assertThat(health(200, "text/plain", HEALTH)).singleElement().asString().contains("text/plain");
    assertThat(CONTRACT.problems("GET", "/api/v1/health", 200, JSON, Set.of(), HEALTH))
        .singleElement()
        .asString()
        .contains("API-Version");
    assertThat(CONTRACT.problems("DELETE", "/api/v1/health", 200, JSON, HEADERS, HEALTH))
        .singleElement()
        .asString()
        .contains("no operation");
  }

  @Test
  void aBodyThatIsNotJsonIsCheckedForItsMediaTypeOnly() {
    assertThat(
            CONTRACT.problems(
                "GET", "/api/v1/docs", 200, "text/html;charset=utf-8", HEADERS, "<!doctype html>"))
        .isEmpty();
    assertThat(CONTRACT.problems("GET", "/api/v1/docs", 200, JSON, HEADERS, "{}")).isNotEmpty();
  }

  /** What integrators generate clients from: no 2xx JSON answer is an anonymous object. */
  @Test
  void everySuccessfulJsonResponseHasANamedSchema() throws IOException {
    JsonNode document;
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      document = new ObjectMapper().readTree(in);
    }
    List<String> anonymous = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        for (Map.Entry<String, JsonNode> response :
            operation.getValue().path("responses").properties()) {
          if (!response.getKey().startsWith("2")) {
            continue;
          }
          for (Map.Entry<String, JsonNode> media :
              response.getValue().path("content").properties()) {
            boolean json = media.getKey().equals(JSON) || media.getKey().endsWith("+json");
            if (json && !media.getValue().path("schema").path("$ref").isTextual()) {
              anonymous.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
            }
          }
        }
      }
    }
    assertThat(anonymous).isEmpty();
  }
}
