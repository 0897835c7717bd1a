package io.cohesion.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture rules of cohesion-core, built for a root package so that the same rules run on
 * core ({@code io.cohesion.core}) and on small violating fixtures that prove each rule can fail.
 */
final class CoreRules {

  /** The packages core may depend on besides itself: the JDK, Guava and the {@code @API} mark. */
  static final String[] ALLOWED = {
    "java..", "javax.crypto..", "com.google.common..", "org.apiguardian.api.."
  };

  private static final Set<String> TIME_TYPES =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private CoreRules() {}

  /**
   * Classes under {@code root} depend only on the JDK, {@code javax.crypto}, Guava, the
   * {@code @API} annotation and root.
   */
  static ArchRule dependOnlyOnJdkAndGuava(String root) {
    String[] allowed = new String[ALLOWED.length + 1];
    System.arraycopy(ALLOWED, 0, allowed, 0, ALLOWED.length);
    allowed[ALLOWED.length] = root + "..";
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .because(
            "core depends on the JDK and Guava only, besides the @API mark (docs/architecture.md)");
  }

  /** The feature packages directly below {@code root} form no cycle. */
  static ArchRule featuresFreeOfCycles(String root) {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("feature packages depend on each other in one direction only");
  }

  /** Nothing outside a feature reaches that feature's {@code internal} package. */
  static ArchRule internalsStayInTheirFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(notReachTheInternalsOfAnotherFeature(root))
        .because("internal packages are not API");
  }

  /** Classes under {@code root} never read the system clock. */
  static ArchRule readNoClock(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .callMethodWhere(readsTheSystemClock())
        .orShould()
        .callConstructorWhere(constructorCall("new java.util.Date()", "java.util.Date"))
        .because("core takes a java.time.Clock, so results do not depend on when they run");
  }

  /** Classes under {@code root} never use an unseeded random source. */
  static ArchRule useNoUnseededRandom(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .callMethodWhere(
            methodCall("Math.random()", "java.lang.Math", "random")
                .or(methodCall("StrictMath.random()", "java.lang.StrictMath", "random"))
                .or(
                    methodCall(
                        "ThreadLocalRandom.current()",
                        "java.util.concurrent.ThreadLocalRandom",
                        "current")))
        .orShould()
        .callConstructorWhere(constructorCall("new java.util.Random()", "java.util.Random"))
        .because("core takes a seeded RandomGenerator, so results can be repeated");
  }

  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return new DescribedPredicate<>(
        "a method that reads the system clock (now() without a Clock, Clock.system*,"
            + " System.currentTimeMillis())") {
      @Override
      public boolean test(JavaMethodCall call) {
        AccessTarget.MethodCallTarget target = call.getTarget();
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (name.equals("now") && TIME_TYPES.contains(owner)) {
          return !parameters(call).equals(List.of("java.time.Clock"));
        }
        if (owner.equals("java.time.Clock")) {
          return name.equals("systemDefaultZone")
              || name.equals("systemUTC")
              || name.equals("system");
        }
        return owner.equals("java.lang.System") && name.equals("currentTimeMillis");
      }
    };
  }

  private static DescribedPredicate<JavaMethodCall> methodCall(
      String description, String owner, String name) {
    return new DescribedPredicate<>(description) {
      @Override
      public boolean test(JavaMethodCall call) {
        return call.getTarget().getOwner().getName().equals(owner)
            && call.getTarget().getName().equals(name);
      }
    };
  }

  private static DescribedPredicate<JavaConstructorCall> constructorCall(
      String description, String owner) {
    return new DescribedPredicate<>(description) {
      @Override
      public boolean test(JavaConstructorCall call) {
        return call.getTarget().getOwner().getName().equals(owner) && parameters(call).isEmpty();
      }
    };
  }

  private static List<String> parameters(JavaAccess<?> call) {
    AccessTarget target = call.getTarget();
    if (target instanceof AccessTarget.CodeUnitAccessTarget codeUnit) {
      return codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }
    return List.of();
  }

  private static ArchCondition<JavaClass> notReachTheInternalsOfAnotherFeature(String root) {
    return new ArchCondition<>("not reach the internal package of another feature") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> feature = featureOfInternal(root, dependency.getTargetClass());
          if (feature.isPresent() && !inFeature(root, feature.get(), origin.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The feature (path below root) whose internal package holds {@code target}, if any. */
  static Optional<String> featureOfInternal(String root, JavaClass target) {
    String name = target.getPackageName();
    String prefix = root + ".";
    if (!name.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = name.substring(prefix.length());
    int internal = ("." + rest + ".").indexOf(".internal.");
    if (internal <= 0) {
      return Optional.empty();
    }
    return Optional.of(rest.substring(0, internal - 1));
  }

  private static boolean inFeature(String root, String feature, String packageName) {
    String featurePackage = root + "." + feature;
    return packageName.equals(featurePackage) || packageName.startsWith(featurePackage + ".");
  }
}
