package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Issuing invitation codes and finding the pseudonym behind one: residents answer with a code
 * instead of a name, and their answers carry the pseudonym derived from it.
 *
 * <p>A code answers each wave once because its pseudonym does: the response store keeps one answer
 * per respondent and wave, and typed-in pseudonyms may not take the form of a code's ({@link
 * Pseudonym#typed}). Erasing a household's answers therefore frees its code for those waves again.
 */
@API(status = STABLE, since = "0.1.0")
public final class Invitations {
  /** The most codes one batch may hold. */
  public static final int MAX_BATCH = 100_000;

  private final InvitationRepository repository;
  private final Pseudonymiser pseudonymiser;
  private final CodeHasher hasher;
  private final Optional<BuildingRepository> buildings;

  /**
   * Invitations kept in {@code repository}, their codes hashed and pseudonymised with keys from
   * {@code secret} ({@link CodeHasher}, {@link HmacPseudonymiser}). Without the buildings, no batch
   * can be issued for a building.
   */
  public Invitations(InvitationRepository repository, PseudonymSecret secret) {
    this(repository, new HmacPseudonymiser(secret), new CodeHasher(secret));
  }

  /**
   * Invitations kept in {@code repository}, their codes hashed and pseudonymised with keys from
   * {@code secret}, issued for the buildings of {@code buildings}.
   *
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public Invitations(
      InvitationRepository repository, BuildingRepository buildings, PseudonymSecret secret) {
    this(
        repository,
        new HmacPseudonymiser(secret),
        new CodeHasher(secret),
        Optional.of(requireNonNull(buildings, "buildings")));
  }

  /** Invitations kept in {@code repository}, pseudonymised and hashed as given. */
  public Invitations(
      InvitationRepository repository, Pseudonymiser pseudonymiser, CodeHasher hasher) {
    this(repository, pseudonymiser, hasher, Optional.empty());
  }

  private Invitations(
      InvitationRepository repository,
      Pseudonymiser pseudonymiser,
      CodeHasher hasher,
      Optional<BuildingRepository> buildings) {
    this.repository = requireNonNull(repository, "repository");
    this.pseudonymiser = requireNonNull(pseudonymiser, "pseudonymiser");
    this.hasher = requireNonNull(hasher, "hasher");
    this.buildings = buildings;
  }

  /**
   * Issues a batch of new codes and stores their keyed hashes.
   *
   * @param count how many codes, 1–{@value #MAX_BATCH}
   * @param label the building or street the batch is for, if any
   * @param random the source of the codes; pass a {@link java.security.SecureRandom}
   * @return the codes, in the clear for printing: this is the only time they exist so
   */
  public List<InvitationCode> issue(int count, Optional<String> label, RandomGenerator random) {
    return issue(count, label, Optional.empty(), random).codes();
  }

  /**
   * Issues a batch of new codes, for a registered building if one is named, and stores their keyed
   * hashes with the batch, the building and their pseudonyms, so that their use can be counted
   * ({@link TrackInvitations}).
   *
   * @param count how many codes, 1–{@value #MAX_BATCH}
   * @param label the building or street the batch is for, if any
   * @param building the registered building the batch is for, if any
   * @param random the source of the codes and the batch id; pass a {@link
   *     java.security.SecureRandom}
   * @return the batch with its codes, in the clear for printing: this is the only time they exist
   *     so
   * @throws NotFoundException when {@code building} is not registered
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public IssuedBatch issue(
      int count, Optional<String> label, Optional<BuildingId> building, RandomGenerator random) {
    if (count < 1 || count > MAX_BATCH) {
      throw new IllegalArgumentException(
          "a batch holds 1-" + MAX_BATCH + " invitation codes, got " + count);
    }
    requireNonNull(label, "label").ifPresent(Invitation::checkLabel);
    requireNonNull(building, "building");
    requireNonNull(random, "random");
    if (building.isPresent() && buildings.flatMap(b -> b.find(building.get())).isEmpty()) {
      throw new NotFoundException("building", building.get());
    }
    InvitationBatchId batch = InvitationBatchId.generate(random);
    Set<InvitationCode> codes = new HashSet<>();
    List<InvitationCode> ordered = new ArrayList<>(count);
    while (ordered.size() < count) {
      InvitationCode code = InvitationCode.generate(random);
      if (codes.add(code)) {
        ordered.add(code);
      }
    }
    repository.create(
        ordered.stream()
            .map(
                code ->
                    new Invitation(
                        hasher.hash(code),
                        label,
                        Invitation.HashKind.HMAC_SHA256,
                        Optional.of(batch),
                        building,
                        Optional.of(pseudonymiser.pseudonymise(code))))
            .toList());
    return new IssuedBatch(batch, label, building, ordered);
  }

  /**
   * One page of the issued invitations, ordered by label and then hash: labels and keyed hashes,
   * never a code (the store holds none).
   */
  public Page<Invitation> list(PageRequest request) {
    return repository.list(requireNonNull(request, "request"));
  }

  /**
   * The pseudonym behind an issued code: to store a resident's answers under, or to export or erase
   * them. A code stored under its bare hash (issued before keyed hashes) is accepted and stored
   * under its keyed hash from now on.
   *
   * @throws NotFoundException when the code was never issued (under this secret)
   */
  public Pseudonym pseudonymOf(InvitationCode code) {
    requireNonNull(code, "code");
    String keyed = hasher.hash(code);
    if (!isStored(keyed, Invitation.HashKind.HMAC_SHA256) && !rekeyed(code, keyed)) {
      throw new NotFoundException("invitation code", code);
    }
    return pseudonymiser.pseudonymise(code);
  }

  private boolean isStored(String hash, Invitation.HashKind kind) {
    return repository.find(hash).filter(i -> i.hashKind() == kind).isPresent();
  }

  /** Whether {@code code} was stored under its bare hash and now is under {@code keyed}. */
  private boolean rekeyed(InvitationCode code, String keyed) {
    String legacy = code.legacyHash();
    if (isStored(legacy, Invitation.HashKind.SHA256) && repository.rekey(legacy, keyed)) {
      return true;
    }
    // A concurrent first use of the same code may have replaced the bare hash since the keyed
    // one was looked up; then the keyed one is there now.
    return isStored(keyed, Invitation.HashKind.HMAC_SHA256);
  }
}
