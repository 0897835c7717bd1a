package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InvitationCodeTest {

  @Test
  void generatesCodesOfTheUnambiguousAlphabet() {
    SplittableRandom random = new SplittableRandom(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      InvitationCode code = InvitationCode.generate(random);
      assertThat(code.value()).hasSize(InvitationCode.LENGTH).doesNotContainPattern("[01OIL]");
      seen.add(code.value());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void readsACodeAsPeopleTypeIt() {
    assertThat(InvitationCode.parse(" k7qm-xr4t 9hwd ").value()).isEqualTo("K7QMXR4T9HWD");
    assertThat(new InvitationCode("K7QMXR4T9HWD").grouped()).isEqualTo("K7QM-XR4T-9HWD");
  }

  @Test
  void rejectsLookAlikesAndShortCodes() {
    assertThatThrownBy(() -> InvitationCode.parse("K7QM-XR4T-9HW0")).hasMessageContaining("'0'");
    assertThatThrownBy(() -> InvitationCode.parse("K7QM")).hasMessageContaining("got 4");
  }

  @Test
  void hashesTheLegacyWayWithSha256AsSha256sumDoes() {
    // printf 'K7QMXR4T9HWD' | sha256sum
    assertThat(new InvitationCode("K7QMXR4T9HWD").legacyHash())
        .isEqualTo("b55cb3e55af9daa627ef3f4a3850247c31377f7c53b17dec68815c2cbe3e52c1");
  }

  @Test
  void keepsTheCodeOutOfItsStringForm() {
    assertThat(new InvitationCode("K7QMXR4T9HWD").toString()).doesNotContain("XR4T");
  }
}
