package io.cohesion.rest.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.cohesion.rest.architecture.fixtures.MapBodies;
import io.cohesion.rest.architecture.fixtures.TypedBodies;
import org.junit.jupiter.api.Test;

/** The response body rules hold for the REST adapter, and fail on bodies built as maps. */
class ResponseBodyRulesTest {
  private static final String FIXTURES = "io.cohesion.rest.architecture.fixtures..";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cohesion.rest");

  private static final JavaClasses FIXTURE_CLASSES =
      new ClassFileImporter()
          .importClasses(
              MapBodies.class,
              MapBodies.Holder.class,
              TypedBodies.class,
              TypedBodies.ValueBody.class);

  @Test
  void noCodeOfTheAdapterTakesOrReturnsAMapBody() {
    ResponseBodyRules.noCodeTakesOrReturnsUntypedBodies(ResponseBodyRules.BODY_PACKAGES)
        .check(PRODUCTION);
  }

  @Test
  void noFieldOfTheAdapterHoldsAMapBody() {
    ResponseBodyRules.noFieldHoldsAnUntypedBody(ResponseBodyRules.BODY_PACKAGES).check(PRODUCTION);
  }

  @Test
  void aMethodReturningOrTakingAMapBodyBreaksTheRule() {
    EvaluationResult result =
        ResponseBodyRules.noCodeTakesOrReturnsUntypedBodies(FIXTURES).evaluate(FIXTURE_CLASSES);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("MapBodies.view()")
        .contains("MapBodies.rows()")
        .contains("MapBodies.wildcard()")
        .contains("MapBodies.tree()")
        .contains("MapBodies.write(java.util.Map)")
        .doesNotContain("TypedBodies");
  }

  @Test
  void aFieldHoldingAMapBodyBreaksTheRule() {
    EvaluationResult result =
        ResponseBodyRules.noFieldHoldsAnUntypedBody(FIXTURES).evaluate(FIXTURE_CLASSES);

    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("MapBodies$Holder.body")
        .doesNotContain("TypedBodies");
  }

  @Test
  void typedBodiesAndMapsOfTypedValuesKeepTheRules() {
    JavaClasses typed = FIXTURE_CLASSES.that(belongToAnyOf(TypedBodies.class));

    assertThat(typed).hasSize(2);
    assertThat(
            ResponseBodyRules.noCodeTakesOrReturnsUntypedBodies(FIXTURES)
                .evaluate(typed)
                .hasViolation())
        .isFalse();
    assertThat(ResponseBodyRules.noFieldHoldsAnUntypedBody(FIXTURES).evaluate(typed).hasViolation())
        .isFalse();
  }
}
