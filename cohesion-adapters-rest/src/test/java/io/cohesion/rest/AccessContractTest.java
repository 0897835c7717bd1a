package io.cohesion.rest;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.resource.DocumentResource;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each route's access rule (who may call it, in the code) against its operation in the OpenAPI
 * document: security, 401, 403 and the roles it names ({@link AccessContract}).
 */
class AccessContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/things";

  @Test
  void everyRouteDocumentsWhoMayCallIt() throws IOException {
    JsonNode document;
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      document = JSON.readTree(in);
    }
    List<Route> routes = FullApi.build().routes();

    assertThat(routes).hasSizeGreaterThan(80);
    assertThat(AccessContract.check(routes, document)).isEmpty();
  }

  @Test
  void aRouteForSomeRolesThatDocumentsItAllAgrees() {
    Route route = route(Access.roles(COORDINATOR));

    assertThat(AccessContract.check(route, document(keyed("coordinator"), "(coordinator)")))
        .isEmpty();
  }

  @Test
  void aRouteForSomeRolesWithoutA403Disagrees() {
    ObjectNode operation = keyed("coordinator");
    ((ObjectNode) operation.get("responses")).remove("403");

    assertThat(AccessContract.check(route(Access.roles(COORDINATOR)), document(operation, "(x)")))
        .anySatisfy(found -> assertThat(found).contains("refuses some keys", "no 403"));
  }

  @Test
  void anAmbassadorsRouteRefusesSomeKeysEvenWhenEveryRoleMayCallIt() {
    Route route = route(Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER));
    ObjectNode operation = keyed("ambassador", "coordinator", "researcher");
    ((ObjectNode) operation.get("responses")).remove("403");

    assertThat(AccessContract.Rule.of(route.access()).refusesSomeKeys()).isTrue();
    assertThat(AccessContract.check(route, document(operation, "(any role)")))
        .containsExactly("GET " + PATH + ": refuses some keys, but documents no 403");
  }

  @Test
  void anOpenRouteThatDocumentsAKeyDisagrees() {
    ObjectNode document = document(keyed(), "open");
    ((ObjectNode) document.at("/paths/~1things/get")).remove("security");
    document.putArray("security").addObject().putArray("apiKey");

    assertThat(AccessContract.check(route(Access.everyone()), document))
        .anySatisfy(found -> assertThat(found).contains("open to anyone", "security requirement"))
        .anySatisfy(found -> assertThat(found).contains("open to anyone", "401"))
        .anySatisfy(found -> assertThat(found).contains("open to anyone", "403"));
  }

  @Test
  void aKeyedRouteWithout401OrSecurityDisagrees() {
    ObjectNode operation = keyed("coordinator");
    operation.putArray("security");
    ((ObjectNode) operation.get("responses")).remove("401");

    assertThat(AccessContract.check(route(Access.roles(COORDINATOR)), document(operation, "(c)")))
        .anySatisfy(found -> assertThat(found).contains("no security requirement"))
        .anySatisfy(found -> assertThat(found).contains("no 401"));
  }

  @Test
  void residentsNeedTheEmptyRequirementAndKeyedRoutesMustNotOfferIt() {
    ObjectNode residents = keyed("coordinator", "resident");
    ObjectNode keyedOnly = keyed("coordinator");
    ((ArrayNode) keyedOnly.get("security")).addObject();

    assertThat(
            AccessContract.check(
                route(Access.rolesAndResidents(COORDINATOR)),
                document(residents, "(coordinator, or a resident)")))
        .containsExactly(
            "GET "
                + PATH
                + ": residents call it without a key, but its security does not offer {}");
    assertThat(
            AccessContract.check(
                route(Access.roles(COORDINATOR)), document(keyedOnly, "(coordinator)")))
        .containsExactly(
            "GET " + PATH + ": needs a key, but its security lets anyone call it ({})");
  }

  @Test
  void rolesThatDifferFromTheCodeDisagree() {
    Route route = route(Access.roles(COORDINATOR, AMBASSADOR));

    assertThat(AccessContract.check(route, document(keyed("coordinator"), "(coordinator)")))
        .anySatisfy(
            found ->
                assertThat(found).contains("x-roles is [coordinator]", "[ambassador, coordinator]"))
        .anySatisfy(found -> assertThat(found).contains("does not name ambassador"));
  }

  @Test
  void aSummarySayingAnyRoleForSomeRolesDisagrees() {
    Route route = route(Access.roles(COORDINATOR));

    assertThat(AccessContract.check(route, document(keyed("coordinator"), "(any role)")))
        .anySatisfy(found -> assertThat(found).contains("says 'any role'"));
  }

  // ---------------------------------------------------------------------------------------------

  private static Route route(Access access) {
    return new Route(HandlerType.GET, PATH, access, false, ctx -> {});
  }

  /** An operation that needs the bearer key, answers 401 and 403, and names {@code roles}. */
  private static ObjectNode keyed(String... roles) {
    ObjectNode operation = JSON.createObjectNode();
    operation.putArray("security").addObject().putArray("apiKey");
    ArrayNode names = operation.putArray(AccessContract.ROLES);
    for (String role : roles) {
      names.add(role);
    }
    ObjectNode responses = operation.putObject("responses");
    for (String status : List.of("200", "401", "403")) {
      responses.putObject(status).put("description", status);
    }
    return operation;
  }

  /** A document with {@code operation} as {@code GET /things}, summarised as {@code summary}. */
  private static ObjectNode document(ObjectNode operation, String summary) {
    ObjectNode document = JSON.createObjectNode();
    operation.put("summary", "Things " + summary);
    document.putObject("paths").putObject("/things").set("get", operation);
    document
        .putObject("components")
        .putObject("securitySchemes")
        .putObject("apiKey")
        .put("type", "http")
        .put("scheme", "bearer");
    return document;
  }
}
