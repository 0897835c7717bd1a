package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacPseudonymiserTest {
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("a-test-secret-of-at-least-32-bytes!!");

  @Test
  void isHmacSha256OfTheCodeAsOpensslComputesIt() {
    // printf 'K7QMXR4T9HWD' | openssl dgst -sha256 -hmac 'a-test-secret-of-at-least-32-bytes!!'
    assertThat(new HmacPseudonymiser(SECRET).pseudonymise(new InvitationCode("K7QMXR4T9HWD")))
        .isEqualTo(
            new Pseudonym("a4e9447bcf8cabed972dacc0aafba41fdefa7e8e748a2386ff9d30b312688267"));
  }

  @Test
  void anotherSecretGivesAnotherPseudonym() {
    InvitationCode code = new InvitationCode("K7QMXR4T9HWD");
    Pseudonym one = new HmacPseudonymiser(SECRET).pseudonymise(code);
    Pseudonym other =
        new HmacPseudonymiser(PseudonymSecret.of("another-secret-of-at-least-32-bytes"))
            .pseudonymise(code);

    assertThat(other).isNotEqualTo(one);
  }
}
