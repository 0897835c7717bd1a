package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InvitationsTest {
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("0123456789abcdef0123456789abcdef");

  private final Map<String, Invitation> stored = new HashMap<>();

  private final InvitationRepository repository =
      new InvitationRepository() {
        @Override
        public void create(List<Invitation> invitations) {
          invitations.forEach(i -> stored.put(i.codeHash(), i));
        }

        @Override
        public Optional<Invitation> find(String codeHash) {
          return Optional.ofNullable(stored.get(codeHash));
        }

        @Override
        public Page<Invitation> list(PageRequest request) {
          return new Page<>(List.copyOf(stored.values()), request, stored.size());
        }

        @Override
        public boolean rekey(String legacyHash, String codeHash) {
          Invitation old = stored.get(legacyHash);
          if (old == null || old.hashKind() != Invitation.HashKind.SHA256) {
            return false;
          }
          stored.remove(legacyHash);
          stored.put(
              codeHash, new Invitation(codeHash, old.label(), Invitation.HashKind.HMAC_SHA256));
          return true;
        }
      };

  private final Invitations invitations = new Invitations(repository, SECRET);

  @Test
  void issuesDistinctCodesAndStoresOnlyTheirKeyedHashes() {
    List<InvitationCode> codes =
        invitations.issue(50, Optional.of("Flat A"), new SplittableRandom(3));

    assertThat(codes).hasSize(50).doesNotHaveDuplicates();
    CodeHasher hasher = new CodeHasher(SECRET);
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(codes.stream().map(hasher::hash).toList());
    assertThat(stored.values())
        .allMatch(i -> i.label().equals(Optional.of("Flat A")))
        .allMatch(i -> i.hashKind() == Invitation.HashKind.HMAC_SHA256);
    assertThat(stored.toString()).doesNotContain(codes.get(0).value());
  }

  @Test
  void aCodeGivesTheSamePseudonymEveryTime() {
    InvitationCode code = invitations.issue(1, Optional.empty(), new SplittableRandom(4)).get(0);

    assertThat(invitations.pseudonymOf(code))
        .isEqualTo(invitations.pseudonymOf(code))
        .isEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(code));
  }

  @Test
  void aLegacyCodeIsAcceptedAndStoredKeyedFromThen() {
    InvitationCode code = InvitationCode.generate(new SplittableRandom(6));
    stored.put(
        code.legacyHash(),
        new Invitation(code.legacyHash(), Optional.empty(), Invitation.HashKind.SHA256));

    assertThat(invitations.pseudonymOf(code))
        .isEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(code));
    assertThat(stored).containsOnlyKeys(new CodeHasher(SECRET).hash(code));
  }

  @Test
  void aKeyedHashIsNotTakenForABareOne() {
    InvitationCode code = InvitationCode.generate(new SplittableRandom(8));
    // A keyed invitation whose hash happened to equal the code's bare hash proves nothing.
    stored.put(
        code.legacyHash(),
        new Invitation(code.legacyHash(), Optional.empty(), Invitation.HashKind.HMAC_SHA256));

    assertThatThrownBy(() -> invitations.pseudonymOf(code)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUnknownCodeIsNotFound() {
    InvitationCode stranger = InvitationCode.generate(new SplittableRandom(5));

    assertThatThrownBy(() -> invitations.pseudonymOf(stranger))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsTheIssuedInvitationsWithoutTheirCodes() {
    List<InvitationCode> codes =
        invitations.issue(3, Optional.of("Dorpsstraat"), new SplittableRandom(9));

    Page<Invitation> page = invitations.list(PageRequest.first());

    CodeHasher hasher = new CodeHasher(SECRET);
    assertThat(page.totalItems()).isEqualTo(3);
    assertThat(page.items())
        .extracting(Invitation::codeHash)
        .containsExactlyInAnyOrderElementsOf(codes.stream().map(hasher::hash).toList());
    assertThat(page.items().toString()).doesNotContain(codes.get(0).value());
  }

  @Test
  void refusesEmptyOrHugeBatches() {
    assertThatThrownBy(() -> invitations.issue(0, Optional.empty(), new SplittableRandom(1)))
        .hasMessageContaining("got 0");
  }
}
