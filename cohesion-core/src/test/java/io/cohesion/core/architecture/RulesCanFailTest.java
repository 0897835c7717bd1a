package io.cohesion.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.cohesion.core.architecture.fixtures.clock.ClockReaders;
import io.cohesion.core.architecture.fixtures.cycle.a.A;
import io.cohesion.core.architecture.fixtures.cycle.b.B;
import io.cohesion.core.architecture.fixtures.deps.UsesAssertJ;
import io.cohesion.core.architecture.fixtures.deps.UsesGuava;
import io.cohesion.core.architecture.fixtures.reach.one.Owner;
import io.cohesion.core.architecture.fixtures.reach.one.internal.Secret;
import io.cohesion.core.architecture.fixtures.reach.two.Intruder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each architecture rule, run on fixtures that break it and on fixtures that keep it. */
class RulesCanFailTest {
  private static final String FIXTURES = "io.cohesion.core.architecture.fixtures";

  /**
   * Every fixture, imported once by class: importing by package would scan the whole class path.
   */
  private static final JavaClasses ALL = importFixtures();

  private static JavaClasses importFixtures() {
    List<Class<?>> fixtures =
        new ArrayList<>(
            List.of(
                UsesAssertJ.class,
                UsesGuava.class,
                A.class,
                B.class,
                Owner.class,
                Secret.class,
                Intruder.class));
    fixtures.addAll(List.of(ClockReaders.class.getDeclaredClasses()));
    // The rules need the names of what fixtures use, not its classes; skipping their resolution
    // keeps this import fast.
    ArchConfiguration configuration = ArchConfiguration.get();
    boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
    configuration.setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter().importClasses(fixtures);
    } finally {
      configuration.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(ALL.that(belongToAnyOf(classes)));
  }

  private static JavaClasses in(String subpackage) {
    return ALL.that(resideInAPackage(FIXTURES + "." + subpackage + ".."));
  }

  @Test
  void theDependencyRuleCatchesALibraryCoreMayNotUse() {
    ArchRule rule = CoreRules.dependOnlyOnJdkAndGuava(FIXTURES + ".deps");

    assertThat(evaluate(rule, UsesAssertJ.class).hasViolation()).isTrue();
    assertThat(evaluate(rule, UsesGuava.class).hasViolation()).isFalse();
  }

  @Test
  void theCycleRuleCatchesTwoFeaturesThatUseEachOther() {
    assertThat(
            CoreRules.featuresFreeOfCycles(FIXTURES + ".cycle")
                .evaluate(in("cycle"))
                .hasViolation())
        .isTrue();
    assertThat(
            CoreRules.featuresFreeOfCycles(FIXTURES + ".reach")
                .evaluate(in("reach"))
                .hasViolation())
        .isFalse();
  }

  @Test
  void theInternalRuleCatchesAnotherFeatureReachingIn() {
    ArchRule rule = CoreRules.internalsStayInTheirFeature(FIXTURES + ".reach");

    EvaluationResult intruder = evaluate(rule, Intruder.class, Secret.class);
    assertThat(intruder.hasViolation()).isTrue();
    assertThat(intruder.getFailureReport().getDetails()).anyMatch(d -> d.contains("Intruder"));
    assertThat(evaluate(rule, Owner.class, Secret.class).hasViolation()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        ClockReaders.InstantNow.class,
        ClockReaders.LocalDateNow.class,
        ClockReaders.LocalDateNowInZone.class,
        ClockReaders.LocalDateTimeNow.class,
        ClockReaders.ZonedDateTimeNow.class,
        ClockReaders.SystemDefaultZoneClock.class,
        ClockReaders.SystemUtcClock.class,
        ClockReaders.CurrentTimeMillis.class,
        ClockReaders.NewDate.class
      })
  void theClockRuleCatchesEveryWayOfReadingTheSystemClock(Class<?> reader) {
    assertThat(evaluate(CoreRules.readNoClock(FIXTURES + ".clock"), reader).hasViolation())
        .isTrue();
  }

  @Test
  void theClockRuleAllowsAGivenClock() {
    assertThat(
            evaluate(CoreRules.readNoClock(FIXTURES + ".clock"), ClockReaders.GivenClock.class)
                .hasViolation())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        ClockReaders.MathRandom.class,
        ClockReaders.UnseededRandom.class,
        ClockReaders.ThreadLocalRandomCurrent.class
      })
  void theRandomRuleCatchesEveryUnseededSource(Class<?> drawer) {
    assertThat(evaluate(CoreRules.useNoUnseededRandom(FIXTURES + ".clock"), drawer).hasViolation())
        .isTrue();
  }

  @Test
  void theRandomRuleAllowsASeededGenerator() {
    assertThat(
            evaluate(
                    CoreRules.useNoUnseededRandom(FIXTURES + ".clock"),
                    ClockReaders.SeededRandom.class)
                .hasViolation())
        .isFalse();
  }
}
