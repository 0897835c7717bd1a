package io.cohesion.rest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;

/**
 * Response bodies are typed: records named after the schemas of the OpenAPI document, so that a
 * renamed field is a compile error, not a silent change of the contract. These rules keep the
 * untyped shapes out: a {@code Map} whose values may be anything ({@code Map<String, Object>},
 * {@code Map<String, ?>}, also inside a list) in a signature or a field, and a JSON tree built by
 * hand ({@link ObjectNode}, {@link ArrayNode}) as a result.
 *
 * <p>A map whose keys are data (value codes, group names) stays a map, with typed values ({@code
 * Map<String, Integer>}). Problem bodies are exempt: the extension members of a problem (RFC 9457)
 * are open by nature, and {@code ErrorMapper} writes them.
 */
final class ResponseBodyRules {
  /** The packages that build what the API answers. */
  static final String[] BODY_PACKAGES = {
    "io.cohesion.rest.resource..", "io.cohesion.rest.mapping..", "io.cohesion.rest.http.."
  };

  private static final DescribedPredicate<JavaClass> PROBLEM_BODIES =
      DescribedPredicate.describe(
          "problem bodies",
          c -> c.getSimpleName().startsWith("Problem") || c.getSimpleName().equals("ErrorMapper"));

  private ResponseBodyRules() {}

  /** No method or constructor of the body packages takes or returns an untyped body. */
  static ArchRule noCodeTakesOrReturnsUntypedBodies(String... packages) {
    return codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and()
        .areDeclaredInClassesThat(DescribedPredicate.not(PROBLEM_BODIES))
        .should(takeOrReturnNoUntypedBody())
        .because("a renamed field must be a compile error, not a silent change of the contract");
  }

  /** No field (and so no record component) of the body packages holds an untyped body. */
  static ArchRule noFieldHoldsAnUntypedBody(String... packages) {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and()
        .areDeclaredInClassesThat(DescribedPredicate.not(PROBLEM_BODIES))
        .should(holdNoUntypedBody())
        .because("a renamed field must be a compile error, not a silent change of the contract");
  }

  private static ArchCondition<JavaCodeUnit> takeOrReturnNoUntypedBody() {
    return new ArchCondition<>("take or return no Map<String, Object> or hand-built JSON tree") {
      @Override
      public void check(JavaCodeUnit code, ConditionEvents events) {
        JavaType returned = code.getReturnType();
        if (isUntypedMap(returned) || isTree(returned)) {
          events.add(
              SimpleConditionEvent.violated(
                  code, code.getFullName() + " returns " + returned.getName()));
        }
        for (JavaType parameter : code.getParameterTypes()) {
          if (isUntypedMap(parameter)) {
            events.add(
                SimpleConditionEvent.violated(
                    code, code.getFullName() + " takes " + parameter.getName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaField> holdNoUntypedBody() {
    return new ArchCondition<>("hold no Map<String, Object>") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        if (isUntypedMap(field.getType())) {
          events.add(
              SimpleConditionEvent.violated(
                  field, field.getFullName() + " holds " + field.getType().getName()));
        }
      }
    };
  }

  /** A map whose values may be anything, at any depth of {@code type}'s type arguments. */
  static boolean isUntypedMap(JavaType type) {
    if (type instanceof JavaParameterizedType parameterized) {
      List<JavaType> arguments = parameterized.getActualTypeArguments();
      if (parameterized.toErasure().isAssignableTo(Map.class)
          && arguments.size() == 2
          && isAnything(arguments.get(1))) {
        return true;
      }
      return arguments.stream().anyMatch(ResponseBodyRules::isUntypedMap);
    }
    if (type instanceof JavaWildcardType wildcard) {
      return wildcard.getUpperBounds().stream().anyMatch(ResponseBodyRules::isUntypedMap);
    }
    if (type instanceof JavaGenericArrayType array) {
      return isUntypedMap(array.getComponentType());
    }
    return false;
  }

  private static boolean isAnything(JavaType value) {
    if (value instanceof JavaWildcardType wildcard) {
      return wildcard.getUpperBounds().stream().allMatch(ResponseBodyRules::isAnything);
    }
    return value instanceof JavaClass c && c.isEquivalentTo(Object.class);
  }

  private static boolean isTree(JavaType type) {
    JavaClass erased = type.toErasure();
    return erased.isAssignableTo(ObjectNode.class) || erased.isAssignableTo(ArrayNode.class);
  }
}
