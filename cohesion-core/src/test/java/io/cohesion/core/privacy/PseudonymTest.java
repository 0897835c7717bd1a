package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymTest {
  private static final Pseudonym OF_A_CODE =
      new HmacPseudonymiser(PseudonymSecret.of("0123456789abcdef0123456789abcdef"))
          .pseudonymise(new InvitationCode("K7QMXR4T9HWD"));

  @Test
  void aCodesPseudonymHasTheReservedForm() {
    assertThat(OF_A_CODE.hasCodeForm()).isTrue();
  }

  @Test
  void aTypedPseudonymMayNotTakeTheFormOfACodes() {
    assertThatThrownBy(() -> Pseudonym.typed(OF_A_CODE.value()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved")
        .hasMessageNotContaining(OF_A_CODE.value());
  }

  @Test
  void anyOtherTypedPseudonymIsTaken() {
    String upper = OF_A_CODE.value().toUpperCase(java.util.Locale.ROOT);
    for (String value :
        new String[] {"hh-17", upper, OF_A_CODE.value().substring(1), OF_A_CODE.value() + "0"}) {
      assertThat(Pseudonym.typed(value).value()).isEqualTo(value);
    }
  }

  @Test
  void storedPseudonymsOfEitherFormStillRead() {
    // What stores and files hold is read as it is; only typing one in is refused.
    assertThat(new Pseudonym(OF_A_CODE.value())).isEqualTo(OF_A_CODE);
  }
}
