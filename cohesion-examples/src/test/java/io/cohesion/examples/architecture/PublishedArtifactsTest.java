package io.cohesion.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * cohesion-bom cannot drift from the build: it is not a child of the parent (so that importing it
 * manages Cohesion's artifacts only), which leaves its version and its list to be kept by hand.
 */
class PublishedArtifactsTest {
  private static final Path ROOT =
      Files.exists(Path.of("..", "pom.xml")) ? Path.of("..") : Path.of(".");

  @Test
  void theBomHasTheProjectVersion() throws Exception {
    assertThat(text(pom("cohesion-bom"), "version")).isEqualTo(projectVersion());
  }

  @Test
  void theBomManagesExactlyTheModulesThatPublishJavadoc() throws Exception {
    Set<String> published = new TreeSet<>();
    for (String module : children(pom(null), "modules", "module")) {
      if (Files.readString(ROOT.resolve(module).resolve("pom.xml"))
          .contains("<artifactId>maven-javadoc-plugin</artifactId>")) {
        published.add(module);
      }
    }
    Set<String> managed = new TreeSet<>();
    Element management =
        (Element) pom("cohesion-bom").getElementsByTagName("dependencyManagement").item(0);
    NodeList dependencies = management.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }

    assertThat(published)
        .containsExactly(
            "cohesion-adapters-persistence", "cohesion-adapters-rest", "cohesion-core");
    assertThat(managed).isEqualTo(published);
  }

  @Test
  void theEmbeddingPageImportsTheBomAtTheProjectVersion() throws Exception {
    String page = Files.readString(ROOT.resolve("docs/embedding.md"));

    assertThat(page)
        .contains(
            "<artifactId>cohesion-bom</artifactId>\n      <version>"
                + projectVersion()
                + "</version>")
        .contains("<scope>import</scope>");
  }

  @Test
  void everyPublishedPomNamesTheLicenceOfTheLicenceFileAndTheApiDocument() throws Exception {
    String document =
        Files.readString(
            ROOT.resolve(
                "cohesion-adapters-rest/src/main/resources/io/cohesion/rest/openapi.json"));

    assertThat(Files.readString(ROOT.resolve("LICENSE")))
        .startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
    assertThat(document).contains("\"identifier\": \"EUPL-1.2\"");
    for (String module : new String[] {null, "cohesion-bom"}) {
      Element licences = (Element) pom(module).getElementsByTagName("licenses").item(0);
      assertThat(licences)
          .as("<licenses> of %s", module == null ? "the parent" : module)
          .isNotNull();
      NodeList names = licences.getElementsByTagName("name");
      assertThat(names.getLength()).isEqualTo(1);
      assertThat(names.item(0).getTextContent()).isEqualTo("EUPL-1.2");
    }
  }

  private static String projectVersion() throws Exception {
    return text(pom(null), "version");
  }

  private static Document pom(String module) throws Exception {
    Path file = module == null ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /** The text of the first child {@code name} of the project element, or of {@code parent}. */
  private static String text(Object parent, String name) {
    Element element =
        parent instanceof Document document ? document.getDocumentElement() : (Element) parent;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
  }

  private static List<String> children(Document pom, String list, String item) {
    List<String> found = new ArrayList<>();
    NodeList items =
        ((Element) pom.getDocumentElement().getElementsByTagName(list).item(0))
            .getElementsByTagName(item);
    for (int i = 0; i < items.getLength(); i++) {
      found.add(items.item(i).getTextContent().strip());
    }
    return found;
  }
}
