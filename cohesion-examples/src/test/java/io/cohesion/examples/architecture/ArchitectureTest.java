package io.cohesion.examples.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
  static final String REST_PAGES = "io.cohesion.rest.page..";
  static final String CLI_COMMANDS = "io.cohesion.examples.cli..";
  static final String SCENARIOS = "io.cohesion.examples.scenario..";

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
   * REST resources, the resident's form, CLI commands and the pilot scenarios call use cases, never
   * repositories or stores: every figure they release goes through the disclosure policy of core's
   * use cases.
   */
  @ArchTest
  static final ArchRule driving_adapters_call_no_out_ports =
      ModuleRules.callNoOutPorts(REST_RESOURCES, REST_PAGES, CLI_COMMANDS, SCENARIOS);

  /** Every public type of the library modules, outside {@code internal}, says its API status. */
  @ArchTest
  static final ArchRule public_types_carry_their_api_status =
      ModuleRules.publicTypesCarryTheirStatus(CORE, PERSISTENCE, REST);

  /** What a public type outside {@code internal} hands out is API too. */
  @ArchTest
  static final ArchRule public_methods_return_no_internal_types =
      ModuleRules.publicMethodsReturnNoInternalTypes(CORE, PERSISTENCE, REST);

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
