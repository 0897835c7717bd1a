package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.CohesionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PseudonymConfigTest {

  @Test
  void productionWithoutASecretFailsSayingWhatToSet() {
    assertThatThrownBy(() -> new PseudonymConfig(true, Optional.empty()))
        .isInstanceOf(CohesionException.class)
        .hasMessageContaining(PseudonymConfig.ENVIRONMENT_VARIABLE)
        .hasMessageContaining("production");
  }

  @Test
  void aShortSecretFailsInEveryMode() {
    assertThatThrownBy(() -> new PseudonymConfig(false, Optional.of("too-short")))
        .hasMessageContaining("at least 32");
  }

  @Test
  void usesTheConfiguredSecretAndSaysNothing() {
    List<String> notices = new ArrayList<>();
    String configured = "0123456789abcdef0123456789abcdef";

    PseudonymSecret secret =
        new PseudonymConfig(true, Optional.of(configured))
            .secret(new SplittableRandom(1), notices::add);

    assertThat(secret).isEqualTo(PseudonymSecret.of(configured));
    assertThat(notices).isEmpty();
  }

  @Test
  void demoModeGeneratesASecretAndSaysSo() {
    List<String> notices = new ArrayList<>();

    PseudonymSecret one =
        new PseudonymConfig(false, Optional.empty()).secret(new SplittableRandom(1), notices::add);
    PseudonymSecret two =
        new PseudonymConfig(false, Optional.empty()).secret(new SplittableRandom(2), notices::add);

    assertThat(one).isNotEqualTo(two);
    assertThat(one.bytes()).hasSizeGreaterThanOrEqualTo(PseudonymSecret.MIN_BYTES);
    assertThat(notices).hasSize(2).allMatch(n -> n.contains("generated"));
    assertThat(one.toString()).doesNotContain(new String(one.bytes()));
  }
}
