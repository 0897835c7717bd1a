package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.CodeHasher;
import io.cohesion.core.privacy.HmacPseudonymiser;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.Invitation.HashKind;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.InvitationTally;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.IssuedBatch;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMapId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InvitationRepository} does, and what {@link Invitations} does over it: codes
 * are kept as keyed hashes, and a code kept as a bare SHA-256 hash from before keyed hashes (see
 * docs/persistence.md#invitations-and-pseudonyms) still verifies and is kept keyed from its first
 * use on.
 */
public abstract class InvitationRepositoryContract extends StoreContract {
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("the server secret of this site, 32+ bytes");
  private static final PseudonymSecret OTHER_SECRET =
      PseudonymSecret.of("the secret of another site, also 32+ bytes");

  private final SplittableRandom random = new SplittableRandom(20240501);
  private final CodeHasher hasher = new CodeHasher(SECRET);

  private InvitationRepository repository() {
    return stores.invitations();
  }

  private Invitations invitations(PseudonymSecret secret) {
    return new Invitations(repository(), secret);
  }

  private Invitation invitation(Optional<String> label) {
    return new Invitation(
        hasher.hash(InvitationCode.generate(random)), label, HashKind.HMAC_SHA256);
  }

  /** An invitation as stores kept them before keyed hashes: the code's bare SHA-256. */
  private static Invitation legacy(InvitationCode code, Optional<String> label) {
    return new Invitation(code.legacyHash(), label, HashKind.SHA256);
  }

  @Test
  void keepsABatchAndFindsEachByHash() {
    Invitation a = invitation(Optional.of("Flat A"));
    Invitation b = invitation(Optional.empty());
    InvitationCode old = InvitationCode.generate(random);
    Invitation c = legacy(old, Optional.of("Flat C"));

    repository().create(List.of(a, b, c));

    assertThat(repository().find(a.codeHash())).contains(a);
    assertThat(repository().find(b.codeHash())).contains(b);
    assertThat(repository().find(c.codeHash())).contains(c);
    assertThat(repository().find(invitation(Optional.empty()).codeHash())).isEmpty();
  }

  @Test
  void aBatchWithAKnownHashStoresNothing() {
    Invitation stored = invitation(Optional.empty());
    repository().create(List.of(stored));
    Invitation fresh = invitation(Optional.empty());

    assertThatThrownBy(() -> repository().create(List.of(fresh, stored)))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(fresh.codeHash())).isEmpty();
  }

  @Test
  void listsByLabelThenHash() {
    List<Invitation> all = new ArrayList<>();
    for (String label : List.of("Flat B", "Flat A", "Flat B", "Flat A", "Flat C")) {
      all.add(invitation(Optional.of(label)));
    }
    repository().create(all);

    var first = repository().list(new PageRequest(1, 3));

    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(first.items())
        .extracting(i -> i.label().orElseThrow())
        .containsExactly("Flat A", "Flat A", "Flat B");
    assertThat(first.items().get(0).codeHash()).isLessThan(first.items().get(1).codeHash());
  }

  @Test
  void aStoredCodeCannotBeVerifiedWithoutTheSecret() {
    List<InvitationCode> codes =
        invitations(SECRET).issue(3, Optional.of("Dorpsstraat"), new SplittableRandom(7));

    for (InvitationCode code : codes) {
      // What the store holds is neither the bare hash nor the pseudonym: trying every code
      // against it needs the secret.
      assertThat(repository().find(code.legacyHash())).isEmpty();
      Invitation stored = repository().find(hasher.hash(code)).orElseThrow();
      assertThat(stored.hashKind()).isEqualTo(HashKind.HMAC_SHA256);
      assertThat(stored.codeHash())
          .isNotEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(code).value());
      assertThatThrownBy(() -> invitations(OTHER_SECRET).pseudonymOf(code))
          .isInstanceOf(NotFoundException.class);
      assertThat(invitations(SECRET).pseudonymOf(code))
          .isEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(code));
    }
  }

  @Test
  void aLegacyCodeStillVerifiesAndIsKeptKeyedFromItsFirstUse() {
    InvitationCode code = InvitationCode.generate(random);
    repository().create(List.of(legacy(code, Optional.of("Flat A"))));

    Pseudonym first = invitations(SECRET).pseudonymOf(code);

    // The pseudonym is the one the code always had, so the household's waves stay linked.
    assertThat(first).isEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(code));
    assertThat(repository().find(code.legacyHash())).isEmpty();
    assertThat(repository().find(hasher.hash(code)))
        .contains(new Invitation(hasher.hash(code), Optional.of("Flat A"), HashKind.HMAC_SHA256));
    assertThat(repository().list(new PageRequest(1, 10)).items()).hasSize(1);
    assertThat(invitations(SECRET).pseudonymOf(code)).isEqualTo(first);
    assertThatThrownBy(() -> invitations(OTHER_SECRET).pseudonymOf(code))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rekeyingTakesOnlyALegacyHash() {
    InvitationCode code = InvitationCode.generate(random);
    Invitation keyed = invitation(Optional.empty());
    repository().create(List.of(legacy(code, Optional.empty()), keyed));

    assertThat(repository().rekey(keyed.codeHash(), hasher.hash(code))).isFalse();
    assertThat(repository().rekey(code.legacyHash(), hasher.hash(code))).isTrue();
    assertThat(repository().rekey(code.legacyHash(), hasher.hash(code))).isFalse();
    assertThat(repository().find(keyed.codeHash())).contains(keyed);
  }

  @Test
  void ofEightConcurrentFirstUsesOfALegacyCodeAllVerifyAndOneRekeys() throws Exception {
    InvitationCode code = InvitationCode.generate(random);
    repository().create(List.of(legacy(code, Optional.empty())));
    List<Callable<?>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      attempts.add(() -> invitations(SECRET).pseudonymOf(code));
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).containsOnly(new HmacPseudonymiser(SECRET).pseudonymise(code));
    assertThat(repository().list(new PageRequest(1, 10)).items())
        .containsExactly(new Invitation(hasher.hash(code), Optional.empty(), HashKind.HMAC_SHA256));
  }

  // --- batches and their use in a wave

  private Invitations withBuildings() {
    return new Invitations(repository(), stores.buildings(), SECRET);
  }

  private BuildingId building(String id) {
    NeighbourhoodId neighbourhood = new NeighbourhoodId("tracked");
    if (stores.neighbourhoods().find(neighbourhood).isEmpty()) {
      stores.neighbourhoods().create(DomainFixtures.neighbourhood(neighbourhood.value()));
    }
    return stores.buildings().create(DomainFixtures.building(id, neighbourhood)).value().id();
  }

  private void answer(WishMapId wave, InvitationCode code, int variant) {
    Pseudonym pseudonym = new HmacPseudonymiser(SECRET).pseudonymise(code);
    stores
        .wishMapResponses()
        .submit(
            wave,
            Fixtures.wishMapResponse(pseudonym.value(), variant, "young_parents"),
            Optional.empty());
  }

  @Test
  void keepsTheBatchTheBuildingAndThePseudonymOfABatchsCodes() {
    BuildingId block = building("block-a");
    IssuedBatch batch =
        withBuildings().issue(2, Optional.of("Block A"), Optional.of(block), random);

    InvitationCode code = batch.codes().get(0);
    Invitation stored = repository().find(hasher.hash(code)).orElseThrow();
    assertThat(stored.batch()).contains(batch.batch());
    assertThat(stored.building()).contains(block);
    assertThat(stored.label()).contains("Block A");
    assertThat(stored.pseudonym()).contains(new HmacPseudonymiser(SECRET).pseudonymise(code));
    assertThat(stored.codeHash()).doesNotContain(code.value());
  }

  @Test
  void talliesTheCodesOfEachBatchAndBuildingThatAnsweredAWave() {
    BuildingId a = building("block-a");
    BuildingId b = building("block-b");
    Invitations invitations = withBuildings();
    IssuedBatch first = invitations.issue(4, Optional.of("Block A"), Optional.of(a), random);
    IssuedBatch second = invitations.issue(3, Optional.empty(), Optional.of(b), random);
    IssuedBatch street = invitations.issue(2, Optional.of("Dorpsstraat"), Optional.empty(), random);
    // neither an invitation from before batches nor a typed-in pseudonym counts
    repository().create(List.of(invitation(Optional.of("old flyers"))));
    WishMapId wave = stores.wishMaps().create(Fixtures.wishMap("tracked-map")).value().id();
    WishMapId other = stores.wishMaps().create(Fixtures.wishMap("other-map")).value().id();
    answer(wave, first.codes().get(0), 1);
    answer(wave, first.codes().get(2), 2);
    answer(wave, first.codes().get(3), 3);
    answer(wave, street.codes().get(1), 4);
    answer(other, second.codes().get(0), 5);
    stores
        .wishMapResponses()
        .submit(wave, Fixtures.wishMapResponse("paper-form-7", 6, "seniors"), Optional.empty());

    List<InvitationTally> expected =
        new ArrayList<>(
            List.of(
                new InvitationTally(first.batch(), Optional.of("Block A"), Optional.of(a), 4, 3),
                new InvitationTally(second.batch(), Optional.empty(), Optional.of(b), 3, 0),
                new InvitationTally(
                    street.batch(), Optional.of("Dorpsstraat"), Optional.empty(), 2, 1)));
    expected.sort(Comparator.comparing(t -> t.batch().value()));
    assertThat(repository().tally(WaveId.wishMap(wave.value())))
        .containsExactlyElementsOf(expected);

    assertThat(repository().tally(WaveId.wishMap(other.value())))
        .extracting(InvitationTally::batch, InvitationTally::used)
        .containsExactlyInAnyOrder(
            tuple(first.batch(), 0), tuple(second.batch(), 1), tuple(street.batch(), 0));
    assertThat(repository().tally(WaveId.measurement("never-stored")))
        .allSatisfy(t -> assertThat(t.used()).isZero())
        .hasSize(3);
  }

  @Test
  void anErasedAnswerNoLongerCountsAsUsed() {
    Invitations invitations = withBuildings();
    IssuedBatch batch = invitations.issue(3, Optional.empty(), Optional.empty(), random);
    WishMapId wave = stores.wishMaps().create(Fixtures.wishMap("erased-map")).value().id();
    answer(wave, batch.codes().get(0), 1);
    answer(wave, batch.codes().get(1), 2);

    stores.wishMapResponses().erase(invitations.pseudonymOf(batch.codes().get(0)));

    assertThat(repository().tally(WaveId.wishMap(wave.value())))
        .containsExactly(
            new InvitationTally(batch.batch(), Optional.empty(), Optional.empty(), 3, 1));
  }

  @Test
  void aBatchForAnUnknownBuildingIsRefusedAndStoresNothing() {
    assertThatThrownBy(
            () ->
                withBuildings()
                    .issue(2, Optional.empty(), Optional.of(new BuildingId("nowhere")), random))
        .isInstanceOf(NotFoundException.class);
    assertThat(repository().list(PageRequest.first()).items()).isEmpty();
  }
}
