package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InvitationsTest {
  private final Map<String, Invitation> stored = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  private final InvitationRepository repository =
      new InvitationRepository() {
        @Override
        public void saveAll(List<Invitation> invitations) {
          invitations.forEach(i -> stored.put(i.codeHash(), i));
        }

        @Override
        public Optional<Invitation> find(String codeHash) {
          return Optional.ofNullable(stored.get(codeHash));
        }

        @Override
        public Page<Invitation> list(PageRequest page) {
          return new Page<>(List.copyOf(stored.values()), page, stored.size());
        }

        @Override
        public boolean redeem(String codeHash, String wave) {
          if (!stored.containsKey(codeHash)) {
            throw new NotFoundException("invitation", "?");
          }
          return used.add(codeHash + " " + wave);
        }
      };

  private final Invitations invitations =
      new Invitations(
          repository,
          new HmacPseudonymiser(PseudonymSecret.of("0123456789abcdef0123456789abcdef")));

  @Test
  void issuesDistinctCodesAndStoresOnlyTheirHashes() {
    List<InvitationCode> codes =
        invitations.issue(50, Optional.of("Flat A"), new SplittableRandom(3));

    assertThat(codes).hasSize(50).doesNotHaveDuplicates();
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(codes.stream().map(InvitationCode::hash).toList());
    assertThat(stored.values()).allMatch(i -> i.label().equals(Optional.of("Flat A")));
    assertThat(stored.toString()).doesNotContain(codes.get(0).value());
  }

  @Test
  void aCodeGivesTheSamePseudonymInEveryWaveButOnlyOnceInEach() {
    InvitationCode code = invitations.issue(1, Optional.empty(), new SplittableRandom(4)).get(0);

    Pseudonym before = invitations.redeem(code, Invitations.measurementWave("before"));
    Pseudonym after = invitations.redeem(code, Invitations.measurementWave("after"));

    assertThat(after).isEqualTo(before);
    assertThat(invitations.pseudonymOf(code)).isEqualTo(before);
    assertThatThrownBy(() -> invitations.redeem(code, Invitations.measurementWave("after")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anUnknownCodeIsNotFound() {
    InvitationCode stranger = InvitationCode.generate(new SplittableRandom(5));

    assertThatThrownBy(() -> invitations.pseudonymOf(stranger))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> invitations.redeem(stranger, "wish-map/w"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesEmptyOrHugeBatches() {
    assertThatThrownBy(() -> invitations.issue(0, Optional.empty(), new SplittableRandom(1)))
        .hasMessageContaining("got 0");
  }
}
