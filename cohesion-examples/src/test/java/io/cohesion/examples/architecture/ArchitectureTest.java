package io.cohesion.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The architecture rules that span modules (docs/architecture.md), one rule per field.
 * cohesion-examples is the composition root and depends on every library module, so the main
 * classes of core, both adapters and the examples are all on its class path. {@code
 * archunit.properties} keeps {@code failOnEmptyShould} on; {@link RulesCanFailTest} shows each rule
 * catching a violating fixture. The rules inside core live in core's own {@code ArchitectureTest}.
 */
@AnalyzeClasses(
    packages = ArchitectureTest.PROJECT,
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  static final String PROJECT = "io.cohesion";
  static final String CORE = "io.cohesion.core";
  static final String PERSISTENCE = "io.cohesion.persistence";
  static final String REST = "io.cohesion.rest";
  static final String REST_RESOURCES = "io.cohesion.rest.resource..";
  static final String CLI_COMMANDS = "io.cohesion.examples.cli..";

  /** The classes that still call an out-port directly: the list may only shrink. */
  static final String OUT_PORT_CALLERS = "out-port-callers.txt";

  @ArchTest
  static final ArchRule core_internals_stay_in_core = ModuleRules.internalsStayInTheirModule(CORE);

  @ArchTest
  static final ArchRule persistence_internals_stay_in_persistence =
      ModuleRules.internalsStayInTheirModule(PERSISTENCE);

  @ArchTest
  static final ArchRule rest_does_not_use_persistence =
      ModuleRules.adapterDoesNotUse(REST, PERSISTENCE);

  @ArchTest
  static final ArchRule persistence_does_not_use_rest =
      ModuleRules.adapterDoesNotUse(PERSISTENCE, REST);

  /**
   * REST resources and CLI commands call use cases, never repositories or stores. Eleven resources,
   * a helper of theirs and three classes of the command line still do; moving them behind use cases
   * is planned. Until then the classes that break the rule are listed in {@value #OUT_PORT_CALLERS}
   * next to this test, and the list must match exactly: a new caller fails the build, and so does a
   * class that stopped calling out-ports but is still listed (take it off the list).
   */
  @ArchTest
  static void driving_adapters_call_no_out_ports_beyond_the_known_ones(JavaClasses classes) {
    EvaluationResult result =
        ModuleRules.callNoOutPorts(REST_RESOURCES, CLI_COMMANDS).evaluate(classes);
    SortedSet<String> callers = ModuleRules.offenders(result);
    SortedSet<String> listed = listedOutPortCallers();

    SortedSet<String> added = without(callers, listed);
    assertThat(added)
        .withFailMessage(
            "these classes newly call a repository or store directly; call a use case of core"
                + " instead:%n%s",
            String.join(
                System.lineSeparator(),
                result.getFailureReport().getDetails().stream()
                    .filter(detail -> added.stream().anyMatch(c -> fromClass(detail, c)))
                    .toList()))
        .isEmpty();
    assertThat(without(listed, callers))
        .as("classes that no longer call a repository or store; take them off " + OUT_PORT_CALLERS)
        .isEmpty();
  }

  /** Whether a violation ("Method <a.b.C.m()> calls …") comes from {@code className}. */
  private static boolean fromClass(String detail, String className) {
    int origin = detail.indexOf('<') + 1;
    return detail.startsWith(className + ".", origin) || detail.startsWith(className + "$", origin);
  }

  private static SortedSet<String> without(SortedSet<String> all, SortedSet<String> these) {
    SortedSet<String> rest = new TreeSet<>(all);
    rest.removeAll(these);
    return rest;
  }

  private static SortedSet<String> listedOutPortCallers() {
    try (InputStream in = ArchitectureTest.class.getResourceAsStream(OUT_PORT_CALLERS)) {
      if (in == null) {
        throw new IllegalStateException(OUT_PORT_CALLERS + " is missing next to this test");
      }
      SortedSet<String> listed = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          listed.add(name);
        }
      }
      return listed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaves out the test-jars of other modules (core's carries fixtures that break rules on
   * purpose); {@link ImportOption.DoNotIncludeTests} only knows test-class folders.
   */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }
}
