package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeHasherTest {
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("0123456789abcdef0123456789abcdef");
  private static final InvitationCode CODE = new InvitationCode("K7QMXR4T9HWD");

  @Test
  void hashesWithAKeyDerivedFromTheSecret() {
    // python3: k = hmac(secret, b"invitation-code", sha256).digest();
    //          hmac(k, b"K7QMXR4T9HWD", sha256).hexdigest()
    assertThat(new CodeHasher(SECRET).hash(CODE))
        .isEqualTo("80e87921f7cb320bd3bab4c93764eb057a8670499aeb5d50e4d8b050d60a73fe");
  }

  @Test
  void theStoredHashIsNeitherTheBareHashNorThePseudonym() {
    String hash = new CodeHasher(SECRET).hash(CODE);

    assertThat(hash)
        .isNotEqualTo(CODE.legacyHash())
        .isNotEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(CODE).value());
  }

  @Test
  void anotherSecretGivesAnotherHash() {
    assertThat(new CodeHasher(PseudonymSecret.of("another secret of at least 32 bytes")).hash(CODE))
        .isNotEqualTo(new CodeHasher(SECRET).hash(CODE));
  }

  @Test
  void keepsItsKeyOutOfItsStringForm() {
    assertThat(new CodeHasher(SECRET).toString()).doesNotContain("0123");
  }
}
