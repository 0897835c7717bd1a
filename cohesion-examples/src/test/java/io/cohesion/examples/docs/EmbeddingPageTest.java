package io.cohesion.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.rest.ApiConfig;
import io.cohesion.rest.ApiKeys;
import io.cohesion.rest.CohesionApi;
import io.cohesion.rest.Role;
import io.cohesion.rest.http.ApiResource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding.md as an integrator would copy it: every {@code java} block of the page that is a
 * whole source file (it declares a package) is compiled against the modules, and the application it
 * shows is started, asked over HTTP and stopped. The one block that is not a whole file (a contract
 * test for a store the reader writes) is shown, not compiled.
 */
class EmbeddingPageTest {
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern CLASS =
      Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

  private static final String COORDINATOR_KEY = "embedding-page-coordinator";
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("embedding-page-secret-of-32-bytes!");

  @TempDir static Path classes;

  private static URLClassLoader compiled;
  private static List<Source> sources;

  /** One whole source file of the page, with the page line its first line is on. */
  record Source(String className, String text, int firstLine) {}

  /** The page, from the module's directory or the repository's root. */
  static Path page() {
    Path fromModule = Path.of("..", "docs", "embedding.md");
    return Files.exists(fromModule) ? fromModule : Path.of("docs", "embedding.md");
  }

  /** The whole source files among the page's {@code java} blocks, in page order. */
  static List<Source> sources(String page) {
    List<Source> found = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(page);
    while (block.find()) {
      String text = block.group(1);
      Matcher pkg = PACKAGE.matcher(text);
      Matcher cls = CLASS.matcher(text);
      if (pkg.find() && cls.find()) {
        int firstLine = (int) page.substring(0, block.start(1)).lines().count() + 1;
        found.add(new Source(pkg.group(1) + "." + cls.group(1), text, firstLine));
      }
    }
    return found;
  }

  @BeforeAll
  static void compileThePage() throws IOException {
    sources = sources(Files.readString(page()));
    assertThat(sources).as("whole source files in " + page()).hasSizeGreaterThanOrEqualTo(2);
    compiled = compile(page(), sources, classes);
  }

  @AfterAll
  static void closeTheLoader() throws IOException {
    if (compiled != null) {
      compiled.close();
    }
  }

  /**
   * Compiles {@code sources}, taken from {@code page}, into {@code out}, failing with the
   * compiler's diagnostics at their lines of the page.
   */
  static URLClassLoader compile(Path page, List<Source> sources, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    Map<JavaFileObject, Source> pageOf = new HashMap<>();
    for (Source source : sources) {
      JavaFileObject unit =
          new SimpleJavaFileObject(
              URI.create("string:///" + source.className().replace('.', '/') + ".java"),
              JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source.text();
            }
          };
      units.add(unit);
      pageOf.put(unit, source);
    }
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            out.toString(),
            "--release",
            "17",
            "-proc:none",
            "-Xlint:all,-path,-options",
            "-Werror");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      String report =
          diagnostics.getDiagnostics().stream()
              .map(d -> describe(page, d, pageOf.get(d.getSource())))
              .collect(Collectors.joining("\n"));
      assertThat(ok).as("the page's code compiles:\n" + report).isTrue();
    }
    return new URLClassLoader(
        new URL[] {out.toUri().toURL()}, EmbeddingPageTest.class.getClassLoader());
  }

  private static String describe(Path page, Diagnostic<? extends JavaFileObject> d, Source source) {
    String where =
        source == null
            ? ""
            : page
                + ":"
                + (source.firstLine() + d.getLineNumber() - 1)
                + " ("
                + source.className()
                + ") ";
    return where + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }

  private static Source source(String simpleName) {
    return sources.stream()
        .filter(s -> s.className().endsWith("." + simpleName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no class " + simpleName + " on " + page()));
  }

  private static HttpResponse<String> get(int port, String path, boolean withKey) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (withKey) {
      request.header("Authorization", "Bearer " + COORDINATOR_KEY);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(int port, String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + COORDINATOR_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theApplicationStartsServesAndStartsAgainOnItsOwnStore(@TempDir Path data) throws Exception {
    Source application =
        sources.stream()
            .filter(s -> s.text().contains("public static void main(String[] args)"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no main on " + page()));
    Class<?> platform = compiled.loadClass(application.className());
    platform.getMethod("main", String[].class);
    Method start =
        platform.getMethod(
            "start", StoreConfig.class, PseudonymSecret.class, ApiKeys.class, int.class);
    ApiKeys keys = ApiKeys.of(Map.of(COORDINATOR_KEY, Role.COORDINATOR));

    for (int run = 1; run <= 2; run++) {
      try (AutoCloseable running =
          (AutoCloseable) start.invoke(null, new StoreConfig.Sqlite(data), SECRET, keys, 0)) {
        int port = (int) platform.getMethod("port").invoke(running);

        HttpResponse<String> health = get(port, "/health", false);
        HttpResponse<String> registered = get(port, "/api/v1/neighbourhoods/nij-beets", true);
        HttpResponse<String> codes =
            post(port, "/api/v1/invitations", "{\"count\":1,\"label\":\"Dorpsstraat\"}");

        assertThat(port).isPositive();
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("sqlite");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(registered.body()).contains("Opsterland");
        assertThat(codes.statusCode())
            .as("invitations need the secret: " + codes.body())
            .isEqualTo(201);
      }
    }
  }

  @Test
  void theResourceOfThePageAnswersBesideTheBuiltInOnes() throws Exception {
    Class<?> resource = compiled.loadClass(source("NeighbourhoodCount").className());
    Stores stores = Stores.inMemory();
    Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
    ApiResource count =
        (ApiResource)
            resource
                .getConstructor(ManageNeighbourhoods.class)
                .newInstance(cohesion.neighbourhoods());
    CohesionApi api =
        CohesionApi.builder(
                ApiConfig.defaults(ApiKeys.of(Map.of(COORDINATOR_KEY, Role.COORDINATOR))), cohesion)
            .resource(count)
            .build()
            .start("127.0.0.1", 0);
    try {
      HttpResponse<String> answer = get(api.port(), "/api/v1/platform/neighbourhood-count", true);
      HttpResponse<String> withoutKey =
          get(api.port(), "/api/v1/platform/neighbourhood-count", false);

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"count\":0}");
      assertThat(withoutKey.statusCode()).isEqualTo(401);
    } finally {
      api.stop();
      stores.close();
    }
  }
}
