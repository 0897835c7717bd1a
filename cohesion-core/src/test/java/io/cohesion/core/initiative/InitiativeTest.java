package io.cohesion.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeTest {
  private static final InitiativeId ID = new InitiativeId("ketelhuis-wg");
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");

  @Test
  void theDefaultPrinciplesAreKetelhuisWgsFive() {
    assertThat(Principle.defaults())
        .extracting(Principle::code)
        .containsExactly("affordable", "sustainable", "social", "local", "self-managed");
    assertThat(Principle.defaults()).allSatisfy(p -> assertThat(p.description().nl()).isNotBlank());
  }

  @Test
  void startsWithTheDefaultPrinciplesAndAnEmptyTeam() {
    Initiative initiative = Initiative.start(ID, "KetelhuisWG", WG);

    assertThat(initiative.principles()).isEqualTo(Principle.defaults());
    assertThat(initiative.team().size()).isZero();
    assertThat(initiative.principle("local")).isPresent();
    assertThat(initiative.principle("cheap")).isEmpty();
  }

  @Test
  void needsANeighbourhood() {
    assertThatThrownBy(() -> new Initiative(ID, "KetelhuisWG", List.of(), List.of(), Team.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("neighbourhoods");
  }

  @Test
  void rejectsTheSameNeighbourhoodTwice() {
    assertThatThrownBy(
            () -> new Initiative(ID, "KetelhuisWG", List.of(WG, WG), List.of(), Team.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("wg-terrein");
  }

  @Test
  void rejectsAPrincipleCodeTwiceNamingItsPosition() {
    List<Principle> twice =
        List.of(
            new Principle("local", Text.of("local")), new Principle("local", Text.of("lokaal")));
    assertThatThrownBy(() -> new Initiative(ID, "KetelhuisWG", List.of(WG), twice, Team.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("principles[1].code");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> Initiative.start(ID, "", WG)).hasMessageContaining("name");
  }
}
