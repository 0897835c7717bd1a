package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hand-written contract is valid OpenAPI 3.1 and matches the registered routes exactly. */
class OpenApiDocumentTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private static String document() throws IOException {
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDocumentIsValidOpenApi31() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult result = new OpenAPIParser().readContents(document(), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(result.getOpenAPI().getServers().get(0).getUrl()).isEqualTo(Routes.BASE);
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws IOException {
    Set<String> registered = new TreeSet<>();
    for (Route route : FullApi.build().routes()) {
      if (route.path().equals(HealthResource.ROOT_PATH)) {
        continue; // the load balancers' alias of /api/v1/health, outside the versioned API
      }
      assertThat(route.path()).startsWith(Routes.BASE);
      registered.add(
          route.method().name().toLowerCase(Locale.ROOT)
              + " "
              + route.path().substring(Routes.BASE.length()));
    }

    Set<String> documented = new TreeSet<>();
    JsonNode paths = new ObjectMapper().readTree(document()).path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (METHODS.contains(method)) {
                  documented.add(method + " " + path.getKey());
                }
              });
    }

    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void everyProtectedOperationDocumentsItsRefusals() throws IOException {
    JsonNode paths = new ObjectMapper().readTree(document()).path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        boolean open = op.getValue().has("security") && op.getValue().path("security").isEmpty();
        if (!open) {
          assertThat(op.getValue().path("responses").has("401"))
              .as(op.getKey() + " " + path.getKey() + " documents 401")
              .isTrue();
        }
      }
    }
  }
}
