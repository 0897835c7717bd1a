package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.InvitationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What every {@link InvitationRepository} does. */
public abstract class InvitationRepositoryContract extends StoreContract {
  private final SplittableRandom random = new SplittableRandom(20240501);

  private InvitationRepository repository() {
    return stores.invitations();
  }

  private Invitation invitation(Optional<String> label) {
    return Invitation.of(InvitationCode.generate(random), label);
  }

  @Test
  void keepsABatchAndFindsEachByHash() {
    Invitation a = invitation(Optional.of("Flat A"));
    Invitation b = invitation(Optional.empty());

    repository().saveAll(List.of(a, b));

    assertThat(repository().find(a.codeHash())).contains(a);
    assertThat(repository().find(b.codeHash())).contains(b);
    assertThat(repository().find(invitation(Optional.empty()).codeHash())).isEmpty();
  }

  @Test
  void aBatchWithAKnownHashStoresNothing() {
    Invitation stored = invitation(Optional.empty());
    repository().saveAll(List.of(stored));
    Invitation fresh = invitation(Optional.empty());

    assertThatThrownBy(() -> repository().saveAll(List.of(fresh, stored)))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(fresh.codeHash())).isEmpty();
  }

  @Test
  void listsByLabelThenHash() {
    List<Invitation> all = new ArrayList<>();
    for (String label : List.of("Flat B", "Flat A", "Flat B", "Flat A", "Flat C")) {
      all.add(invitation(Optional.of(label)));
    }
    repository().saveAll(all);

    var first = repository().list(new PageRequest(1, 3));

    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(first.items())
        .extracting(i -> i.label().orElseThrow())
        .containsExactly("Flat A", "Flat A", "Flat B");
    assertThat(first.items().get(0).codeHash()).isLessThan(first.items().get(1).codeHash());
  }

  @Test
  void aCodeIsAcceptedOncePerWave() {
    Invitation invitation = invitation(Optional.of("Dorpsstraat"));
    repository().saveAll(List.of(invitation));

    assertThat(repository().redeem(invitation.codeHash(), "wish-map/w1")).isTrue();
    assertThat(repository().redeem(invitation.codeHash(), "wish-map/w1")).isFalse();
    assertThat(repository().redeem(invitation.codeHash(), "measurement/before")).isTrue();
    assertThat(repository().redeem(invitation.codeHash(), "measurement/before")).isFalse();
  }

  @Test
  void redeemingAnUnknownCodeIsNotFound() {
    assertThatThrownBy(
            () -> repository().redeem(invitation(Optional.empty()).codeHash(), "wish-map/w1"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void ofEightConcurrentRedemptionsExactlyOneIsAccepted() throws Exception {
    Invitation invitation = invitation(Optional.empty());
    repository().saveAll(List.of(invitation));
    List<Callable<?>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      attempts.add(() -> repository().redeem(invitation.codeHash(), "wish-map/w1"));
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);
    assertThat(outcomes).filteredOn(Boolean.FALSE::equals).hasSize(7);
  }
}
