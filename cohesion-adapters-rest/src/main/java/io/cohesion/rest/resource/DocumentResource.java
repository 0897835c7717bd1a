package io.cohesion.rest.resource;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Headers;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The API's contract: the OpenAPI 3.1 document at {@code /api/v1/openapi.json} and Swagger UI at
 * {@code /api/v1/docs}, whose scripts come from the swagger-ui WebJar.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DocumentResource implements ApiResource {
  /** Where the hand-written OpenAPI document lives on the class path. */
  public static final String DOCUMENT = "/io/cohesion/rest/openapi.json";

  private static final String HTML = "text/html";
  private static final String SCRIPT = "text/javascript";

  private final byte[] document = read(DOCUMENT);
  private final byte[] page = page();
  private final byte[] init = read("/io/cohesion/rest/docs-init.js");

  @Override
  public void register(Routes routes) {
    routes.get("/openapi.json", Access.everyone(), this::document);
    routes.add(HandlerType.GET, "/docs", Access.everyone(), false, List.of(HTML), this::page);
    routes.add(
        HandlerType.GET, "/docs/init.js", Access.everyone(), false, List.of(SCRIPT), this::init);
  }

  private void document(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  private void page(Context ctx) {
    ctx.header("Content-Security-Policy", Headers.PAGE_POLICY);
    ctx.contentType(HTML + ";charset=utf-8").result(page);
  }

  private void init(Context ctx) {
    ctx.contentType(SCRIPT + ";charset=utf-8").result(init);
  }

  /**
   * The full version of the API, {@code info.version} of the document: what every answer names in
   * {@link Headers#API_VERSION}.
   */
  public static String version() {
    try {
      String version =
          new ObjectMapper().readTree(read(DOCUMENT)).path("info").path("version").asText("");
      if (version.isBlank()) {
        throw new IllegalStateException(DOCUMENT + " has no info.version");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] page() {
    String version = swaggerUiVersion();
    String html =
        new String(read("/io/cohesion/rest/docs.html"), StandardCharsets.UTF_8)
            .replace("{{swagger-ui}}", "/webjars/swagger-ui/" + version);
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** The version of the swagger-ui WebJar on the class path, from its Maven metadata. */
  static String swaggerUiVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        DocumentResource.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui WebJar is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = DocumentResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
