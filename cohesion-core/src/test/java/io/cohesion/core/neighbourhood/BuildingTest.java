package io.cohesion.core.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildingTest {
  private static final BuildingId ID = new BuildingId("block-a");
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");

  @Test
  void oneHouseholdIsEnough() {
    assertThat(new Building(ID, WG, "Ketelhuisplein 1", 1, StakeholderKind.BUSINESSES).households())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsFewerThanOneHousehold(int households) {
    assertThatThrownBy(() -> new Building(ID, WG, "Block A", households, StakeholderKind.TENANTS))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("households"))
        .hasMessageContaining(Integer.toString(households));
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> new Building(ID, WG, "", 4, StakeholderKind.TENANTS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name");
  }

  @ParameterizedTest
  @EnumSource(StakeholderKind.class)
  void everyStakeholderKindHasADistinctLabelInBothLanguages(StakeholderKind kind) {
    assertThat(kind.label().nl()).isNotBlank();
    assertThat(kind.label().en()).isNotBlank();
    for (StakeholderKind other : StakeholderKind.values()) {
      if (other != kind) {
        assertThat(other.label()).isNotEqualTo(kind.label());
      }
    }
  }

  @Test
  void coversTheStakeholdersOfTheMethod() {
    assertThat(StakeholderKind.values())
        .contains(
            StakeholderKind.TENANTS,
            StakeholderKind.OWNER_OCCUPIERS,
            StakeholderKind.OWNER_ASSOCIATION,
            StakeholderKind.BUSINESSES,
            StakeholderKind.INSTITUTIONS,
            StakeholderKind.SCHOOLS,
            StakeholderKind.CLUBS);
  }
}
