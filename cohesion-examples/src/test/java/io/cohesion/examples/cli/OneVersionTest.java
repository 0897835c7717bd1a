package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.privacy.PseudonymConfig;
import io.cohesion.rest.resource.DocumentResource;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import picocli.CommandLine;

/**
 * One version for everything a release publishes (docs/compatibility.md, "One version"): the Maven
 * version of the parent pom is the API document's {@code info.version}, the {@code API-Version}
 * header of a running server and what {@code cohesion --version} prints. The document in the
 * sources names no version of its own: the build writes the project's in.
 */
class OneVersionTest {
  private static final String SECRET = "one-version-test-secret-of-32-bytes!";
  private static final String SEMANTIC_VERSION = "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?";

  private final Path root = Docs.root();

  @Test
  void theMavenVersionIsASemanticVersion() throws Exception {
    assertThat(mavenVersion()).matches(SEMANTIC_VERSION);
  }

  @Test
  void theApiDocumentHasTheMavenVersion() throws Exception {
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      var document = new ObjectMapper().readTree(in);

      assertThat(document.at("/info/version").asText()).isEqualTo(mavenVersion());
      assertThat(document.at("/components/headers/API-Version/example").asText())
          .isEqualTo(mavenVersion());
    }
    assertThat(DocumentResource.version()).isEqualTo(mavenVersion());
  }

  @Test
  void theDocumentInTheSourcesTakesItsVersionFromTheBuild() throws Exception {
    var source =
        new ObjectMapper()
            .readTree(
                root.resolve(
                        "cohesion-adapters-rest/src/main/resources" + DocumentResource.DOCUMENT)
                    .toFile());

    assertThat(source.at("/info/version").asText()).isEqualTo("${project.version}");
  }

  @Test
  void theCommandLinePrintsTheMavenVersion() throws Exception {
    CliRun run = CliRun.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).isEqualTo("cohesion " + mavenVersion());
  }

  @Test
  void aServerNamesTheMavenVersionInEveryAnswer(@TempDir Path dir) throws Exception {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(new StringWriter(), true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    line.parseArgs("--port", "0", "--data-dir", dir.toString());

    try (ServeCommand.Running running =
        command.start(Map.of(PseudonymConfig.ENVIRONMENT_VARIABLE, SECRET))) {
      for (String path : new String[] {"/api/v1/health", "/api/v1/openapi.json", "/nothing"}) {
        HttpResponse<String> answer =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + path))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("API-Version")).as(path).hasValue(mavenVersion());
      }
    }
  }

  /** The version of the parent pom: the {@code <version>} directly under {@code <project>}. */
  private String mavenVersion() throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Files.newInputStream(root.resolve("pom.xml")))
            .getDocumentElement();
    for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("version")) {
        return element.getTextContent().strip();
      }
    }
    throw new AssertionError("the parent pom names no version");
  }
}
