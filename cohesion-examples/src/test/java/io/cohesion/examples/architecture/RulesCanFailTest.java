package io.cohesion.examples.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.cohesion.examples.architecture.fixtures.api.Leaky;
import io.cohesion.examples.architecture.fixtures.api.Marked;
import io.cohesion.examples.architecture.fixtures.api.Unmarked;
import io.cohesion.examples.architecture.fixtures.api.internal.Plumbing;
import io.cohesion.examples.architecture.fixtures.cli.ThingCommand;
import io.cohesion.examples.architecture.fixtures.cli.UsesPersistenceCodec;
import io.cohesion.examples.architecture.fixtures.core.ManageThings;
import io.cohesion.examples.architecture.fixtures.core.ThingRepository;
import io.cohesion.examples.architecture.fixtures.core.ThingStore;
import io.cohesion.examples.architecture.fixtures.core.UsesOwnDetail;
import io.cohesion.examples.architecture.fixtures.core.internal.Detail;
import io.cohesion.examples.architecture.fixtures.persistence.SqlThings;
import io.cohesion.examples.architecture.fixtures.persistence.internal.Codec;
import io.cohesion.examples.architecture.fixtures.rest.UsesCoreDetail;
import io.cohesion.examples.architecture.fixtures.rest.UsesPersistence;
import io.cohesion.examples.architecture.fixtures.rest.resource.ThingResource;
import io.cohesion.examples.architecture.fixtures.rest.resource.UseCaseResource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each module rule, run on fixtures that break it and on fixtures that keep it. */
class RulesCanFailTest {
  private static final String FIXTURES = "io.cohesion.examples.architecture.fixtures";
  private static final String CORE = FIXTURES + ".core";
  private static final String PERSISTENCE = FIXTURES + ".persistence";
  private static final String REST = FIXTURES + ".rest";
  private static final String API = FIXTURES + ".api";
  private static final String HIDDEN = API + ".Hidden";

  /**
   * Every fixture, imported once by class: importing by package would scan the whole class path.
   */
  private static final JavaClasses ALL = importFixtures();

  private static JavaClasses importFixtures() {
    List<Class<?>> fixtures =
        new ArrayList<>(
            List.of(
                Detail.class,
                UsesOwnDetail.class,
                ThingRepository.class,
                ThingStore.class,
                ManageThings.class,
                Codec.class,
                SqlThings.class,
                UsesCoreDetail.class,
                UsesPersistence.class,
                ThingResource.class,
                UseCaseResource.class,
                ThingCommand.class,
                UsesPersistenceCodec.class,
                Marked.class,
                Marked.Nested.class,
                Leaky.class,
                Unmarked.class,
                Plumbing.class,
                hidden()));
    fixtures.addAll(List.of(ThingCommand.class.getDeclaredClasses()));
    return new ClassFileImporter().importClasses(fixtures);
  }

  private static Class<?> hidden() {
    try {
      return Class.forName(HIDDEN);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(ALL.that(belongToAnyOf(classes)));
  }

  @Test
  void theCoreInternalRuleCatchesAnAdapterReachingIn() {
    ArchRule rule = ModuleRules.internalsStayInTheirModule(CORE);

    EvaluationResult adapter = evaluate(rule, UsesCoreDetail.class, Detail.class);
    assertThat(adapter.hasViolation()).isTrue();
    assertThat(adapter.getFailureReport().getDetails()).anyMatch(d -> d.contains("UsesCoreDetail"));
    assertThat(
            evaluate(rule, UsesOwnDetail.class, Detail.class, UsesPersistence.class).hasViolation())
        .isFalse();
  }

  @Test
  void thePersistenceInternalRuleCatchesACommandReachingIn() {
    ArchRule rule = ModuleRules.internalsStayInTheirModule(PERSISTENCE);

    EvaluationResult command = evaluate(rule, UsesPersistenceCodec.class, Codec.class);
    assertThat(command.hasViolation()).isTrue();
    assertThat(command.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("UsesPersistenceCodec"));
    assertThat(evaluate(rule, SqlThings.class, Codec.class, UsesCoreDetail.class).hasViolation())
        .isFalse();
  }

  @Test
  void theAdapterRuleCatchesOneAdapterUsingTheOther() {
    assertThat(
            evaluate(ModuleRules.adapterDoesNotUse(REST, PERSISTENCE), UsesPersistence.class)
                .hasViolation())
        .isTrue();
    assertThat(
            evaluate(ModuleRules.adapterDoesNotUse(REST, PERSISTENCE), UsesCoreDetail.class)
                .hasViolation())
        .isFalse();
  }

  @Test
  void theAdapterRuleHoldsBothWays() {
    ArchRule persistenceUsesRest = ModuleRules.adapterDoesNotUse(PERSISTENCE, REST);

    assertThat(evaluate(persistenceUsesRest, SqlThings.class).hasViolation()).isFalse();
    assertThat(
            evaluate(ModuleRules.adapterDoesNotUse(PERSISTENCE, CORE), SqlThings.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void theOutPortRuleCatchesAResourceAndACommandCallingPortsOut() {
    ArchRule rule = ModuleRules.callNoOutPorts(REST + ".resource..", FIXTURES + ".cli..");

    EvaluationResult result =
        evaluate(
            rule,
            ThingResource.class,
            UseCaseResource.class,
            ThingCommand.class,
            ThingCommand.class.getDeclaredClasses()[0]);

    assertThat(result.hasViolation()).isTrue();
    assertThat(ModuleRules.offenders(result))
        .containsExactly(ThingCommand.class.getName(), ThingResource.class.getName());
  }

  @Test
  void theOutPortRuleAllowsAResourceThatCallsAUseCase() {
    ArchRule rule = ModuleRules.callNoOutPorts(REST + ".resource..");

    assertThat(evaluate(rule, UseCaseResource.class).hasViolation()).isFalse();
  }

  @Test
  void theStatusRuleCatchesAPublicTypeWithoutOne() {
    ArchRule rule = ModuleRules.publicTypesCarryTheirStatus(API);

    EvaluationResult result = evaluate(rule, Unmarked.class, Marked.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement()
        .satisfies(d -> assertThat(d).contains(Unmarked.class.getName()));
  }

  @Test
  void theStatusRuleSparesInternalPackagesNestedAndPackagePrivateTypes() {
    ArchRule rule = ModuleRules.publicTypesCarryTheirStatus(API);

    assertThat(
            evaluate(rule, Marked.class, Marked.Nested.class, Plumbing.class, hidden())
                .hasViolation())
        .isFalse();
  }

  @Test
  void theReturnTypeRuleCatchesAPublicMethodHandingOutAnInternalType() {
    ArchRule rule = ModuleRules.publicMethodsReturnNoInternalTypes(API);

    EvaluationResult leaky = evaluate(rule, Leaky.class, Plumbing.class);
    assertThat(leaky.hasViolation()).isTrue();
    assertThat(leaky.getFailureReport().getDetails())
        .singleElement()
        .satisfies(d -> assertThat(d).contains(Leaky.class.getName() + ".open()"));
    assertThat(evaluate(rule, Marked.class, Plumbing.class).hasViolation()).isFalse();
  }
}
