package io.cohesion.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The architecture rules that span modules, built for root packages so that the same rules run on
 * every module of the project ({@link ArchitectureTest}) and on small violating fixtures that prove
 * each rule can fail ({@link RulesCanFailTest}).
 */
final class ModuleRules {

  private ModuleRules() {}

  /** Nothing outside {@code module} depends on a class of an {@code internal} package of it. */
  static ArchRule internalsStayInTheirModule(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(module + "..internal..")
        .because(
            "internal packages are not API: other modules use the public types of "
                + module
                + ", so its internals can change without breaking them");
  }

  /** No class of {@code adapter} depends on a class of {@code other}. */
  static ArchRule adapterDoesNotUse(String adapter, String other) {
    return noClasses()
        .that()
        .resideInAPackage(adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(other + "..")
        .because(
            "adapters plug into core's ports and never into each other; only the composition"
                + " root knows both");
  }

  /**
   * No class in {@code packages} calls a method of, reads a field of or constructs a class whose
   * simple name ends with {@code Repository} or {@code Store}: the ports out of core and the
   * adapters that implement them.
   */
  static ArchRule callNoOutPorts(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .accessClassesThat(areOutPorts())
        .because("a driving adapter parses, calls one use case of core and maps the answer");
  }

  /**
   * Every public top-level type of {@code modules}, outside their {@code internal} packages,
   * carries {@link API} with its status (docs/architecture.md#versioning-and-compatibility).
   */
  static ArchRule publicTypesCarryTheirStatus(String... modules) {
    String[] packages = new String[modules.length];
    for (int i = 0; i < modules.length; i++) {
      packages[i] = modules[i] + "..";
    }
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .and()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .beAnnotatedWith(API.class)
        .because(
            "an integrator must see whether a type is stable, experimental or public only for"
                + " technical reasons");
  }

  /**
   * No public method of a public type of {@code modules} outside their {@code internal} packages
   * returns a type of an {@code internal} package: what an integrator can reach hands out API only.
   */
  static ArchRule publicMethodsReturnNoInternalTypes(String... modules) {
    String[] packages = new String[modules.length];
    for (int i = 0; i < modules.length; i++) {
      packages[i] = modules[i] + "..";
    }
    return methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(
            DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("..internal..")))
        .because(
            "a public method of the API that returns an internal type makes that type API"
                + " in all but name");
  }

  /**
   * The top-level classes that break {@code rule}, one name each however often it breaks it; the
   * rule must be one whose violations are accesses, such as {@link #callNoOutPorts}.
   */
  static SortedSet<String> offenders(EvaluationResult result) {
    SortedSet<String> offenders = new TreeSet<>();
    result.handleViolations(
        (Collection<JavaAccess<?>> accesses, String message) ->
            accesses.forEach(access -> offenders.add(topLevel(access.getOriginOwner()).getName())));
    return offenders;
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }

  private static DescribedPredicate<JavaClass> areOutPorts() {
    return new DescribedPredicate<>("are named …Repository or …Store") {
      @Override
      public boolean test(JavaClass target) {
        String name = target.getSimpleName();
        return name.endsWith("Repository") || name.endsWith("Store");
      }
    };
  }
}
