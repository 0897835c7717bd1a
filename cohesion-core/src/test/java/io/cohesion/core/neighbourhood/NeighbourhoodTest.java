package io.cohesion.core.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {
  private static final NeighbourhoodId ID = new NeighbourhoodId("nij-beets");

  @Test
  void keepsNameMunicipalityAndOptionalCode() {
    Neighbourhood n = Neighbourhood.of(ID, " Nij Beets ", "Opsterland");

    assertThat(n.name()).isEqualTo("Nij Beets");
    assertThat(n.cbsCode()).isEmpty();
    assertThat(n.withCbsCode(new CbsCode("GM0086")).cbsCode()).contains(new CbsCode("GM0086"));
  }

  @Test
  void rejectsABlankNameWithItsField() {
    assertThatThrownBy(() -> Neighbourhood.of(ID, "  ", "Opsterland"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
  }

  @Test
  void rejectsAMissingMunicipalityWithItsField() {
    assertThatThrownBy(() -> new Neighbourhood(ID, "Nij Beets", null, Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("municipality"));
  }

  @Test
  void rejectsAnOverlongName() {
    String longName = "x".repeat(Neighbourhood.MAX_NAME_LENGTH + 1);
    assertThatThrownBy(() -> Neighbourhood.of(ID, longName, "Opsterland"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name");
    assertThat(Neighbourhood.of(ID, "x".repeat(Neighbourhood.MAX_NAME_LENGTH), "O").name())
        .hasSize(Neighbourhood.MAX_NAME_LENGTH);
  }
}
