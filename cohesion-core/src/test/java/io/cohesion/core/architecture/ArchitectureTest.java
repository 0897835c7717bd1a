package io.cohesion.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of cohesion-core (docs/architecture.md), one rule per field. {@code
 * archunit.properties} keeps {@code failOnEmptyShould} on, so a rule aimed at nothing fails. {@link
 * RulesCanFailTest} shows each rule catching a violating fixture.
 */
@AnalyzeClasses(
    packages = ArchitectureTest.CORE,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String CORE = "io.cohesion.core";

  @ArchTest
  static final ArchRule core_depends_only_on_jdk_and_guava =
      CoreRules.dependOnlyOnJdkAndGuava(CORE);

  @ArchTest
  static final ArchRule feature_packages_are_free_of_cycles = CoreRules.featuresFreeOfCycles(CORE);

  @ArchTest
  static final ArchRule internals_stay_inside_their_feature =
      CoreRules.internalsStayInTheirFeature(CORE);

  @ArchTest static final ArchRule core_reads_no_clock = CoreRules.readNoClock(CORE);

  @ArchTest
  static final ArchRule core_uses_no_unseeded_random = CoreRules.useNoUnseededRandom(CORE);
}
