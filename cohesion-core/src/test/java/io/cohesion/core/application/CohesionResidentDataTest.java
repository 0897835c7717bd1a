package io.cohesion.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.PseudonymSecret;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CohesionResidentDataTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

  /** Ports that refuse every call: building the use cases must not need one. */
  private static final CohesionPorts PORTS =
      (CohesionPorts)
          Proxy.newProxyInstance(
              CohesionPorts.class.getClassLoader(),
              new Class<?>[] {CohesionPorts.class},
              (proxy, method, args) ->
                  Proxy.newProxyInstance(
                      method.getReturnType().getClassLoader(),
                      new Class<?>[] {method.getReturnType()},
                      (port, call, callArgs) -> {
                        throw new UnsupportedOperationException(call.getName());
                      }));

  @Test
  void residentDataComesWithInvitationCodes() {
    Cohesion cohesion =
        Cohesion.builder(PORTS, CLOCK)
            .invitationSecret(PseudonymSecret.ofBytes(new byte[PseudonymSecret.MIN_BYTES]))
            .build();

    assertThat(cohesion.invitations()).isPresent();
    assertThat(cohesion.residentData()).isPresent();
  }

  @Test
  void withoutASecretThereIsNoResidentData() {
    Cohesion cohesion = Cohesion.using(PORTS, CLOCK);

    assertThat(cohesion.invitations()).isEmpty();
    assertThat(cohesion.residentData()).isEmpty();
  }
}
