package io.cohesion.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The workshop page at {@code /}: static files from the class path and ECharts from its WebJar. The
 * page only reads the public API with the caller's own key, so it needs no route of its own under
 * {@code /api/v1} and no key to be loaded. The results page for residents shares its style sheet.
 */
final class WorkshopPage {
  /** Where the page's files live on the class path. */
  static final String FOLDER = "/io/cohesion/rest/workshop/";

  /** The path of the page's other files. */
  static final String FILES = "/workshop/";

  private static final Map<String, String> TYPES =
      Map.of(
          "app.js", "text/javascript;charset=utf-8",
          "api.js", "text/javascript;charset=utf-8",
          "charts.js", "text/javascript;charset=utf-8",
          "i18n.js", "text/javascript;charset=utf-8",
          "workshop.css", "text/css;charset=utf-8");

  private final byte[] page;
  private final Map<String, byte[]> files;
  private final PagePolicy policy;

  /** The page under {@code policy}. */
  WorkshopPage(PagePolicy policy) {
    this.policy = policy;
    String html =
        new String(read(FOLDER + "index.html"), StandardCharsets.UTF_8)
            .replace(
                "{{echarts}}",
                "/webjars/echarts/"
                    + webJarVersion("org.webjars.npm", "echarts")
                    + "/dist/echarts.min.js");
    this.page = html.getBytes(StandardCharsets.UTF_8);
    this.files =
        TYPES.keySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f, f -> read(FOLDER + f)));
  }

  /** Adds the page's routes; they are open, like the API document. */
  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/", this::page);
    routes.addHttpHandler(HandlerType.GET, FILES + "{file}", this::file);
  }

  private void page(Context ctx) {
    // The charts are SVG whose fonts ECharts writes as style attributes.
    ctx.header("Content-Security-Policy", policy.policy(true));
    if (policy.framable()) {
      // The policy's frame-ancestors says who may frame the page; the older header cannot.
      ctx.removeHeader("X-Frame-Options");
    }
    ctx.contentType("text/html;charset=utf-8").result(page);
  }

  private void file(Context ctx) {
    String name = ctx.pathParam("file");
    byte[] body = files.get(name);
    if (body == null) {
      throw new NotFoundResponse("no such file: " + FILES + name);
    }
    ctx.contentType(TYPES.get(name)).result(body);
  }

  /** The version of a WebJar on the class path, from its Maven metadata. */
  static String webJarVersion(String group, String artifact) {
    Properties properties = new Properties();
    String metadata = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = WorkshopPage.class.getResourceAsStream(metadata)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " WebJar is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = WorkshopPage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
