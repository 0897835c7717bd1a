package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Issuing and redeeming invitation codes: residents answer with a code instead of a name, each code
 * once per wave, and their answers carry the pseudonym derived from it.
 */
public final class Invitations {
  /** The most codes one batch may hold. */
  public static final int MAX_BATCH = 100_000;

  private final InvitationRepository repository;
  private final Pseudonymiser pseudonymiser;

  /** Invitations kept in {@code repository}, pseudonymised by {@code pseudonymiser}. */
  public Invitations(InvitationRepository repository, Pseudonymiser pseudonymiser) {
    this.repository = requireNonNull(repository, "repository");
    this.pseudonymiser = requireNonNull(pseudonymiser, "pseudonymiser");
  }

  /**
   * Issues a batch of new codes and stores their hashes.
   *
   * @param count how many codes, 1–{@value #MAX_BATCH}
   * @param label the building or street the batch is for, if any
   * @param random the source of the codes; pass a {@link java.security.SecureRandom}
   * @return the codes, in the clear for printing: this is the only time they exist so
   */
  public List<InvitationCode> issue(int count, Optional<String> label, RandomGenerator random) {
    if (count < 1 || count > MAX_BATCH) {
      throw new IllegalArgumentException(
          "a batch holds 1-" + MAX_BATCH + " invitation codes, got " + count);
    }
    requireNonNull(label, "label").ifPresent(Invitation::checkLabel);
    requireNonNull(random, "random");
    Set<InvitationCode> codes = new HashSet<>();
    List<InvitationCode> ordered = new ArrayList<>(count);
    while (ordered.size() < count) {
      InvitationCode code = InvitationCode.generate(random);
      if (codes.add(code)) {
        ordered.add(code);
      }
    }
    repository.saveAll(ordered.stream().map(code -> Invitation.of(code, label)).toList());
    return List.copyOf(ordered);
  }

  /**
   * Accepts a code for a wave and returns the pseudonym to store the answers under.
   *
   * @param code the code the resident typed
   * @param wave the wave, for example {@code wish-map/nij-beets-2024}
   * @throws NotFoundException when the code was never issued
   * @throws ConflictException when the code was already used in this wave
   */
  public Pseudonym redeem(InvitationCode code, String wave) {
    requireNonNull(wave, "wave");
    if (!repository.redeem(code.hash(), wave)) {
      throw new ConflictException("this invitation code was already used in wave " + wave);
    }
    return pseudonymiser.pseudonymise(code);
  }

  /**
   * The pseudonym behind an issued code, for a resident who asks to export or erase their answers.
   *
   * @throws NotFoundException when the code was never issued
   */
  public Pseudonym pseudonymOf(InvitationCode code) {
    if (repository.find(code.hash()).isEmpty()) {
      throw new NotFoundException("invitation code", code);
    }
    return pseudonymiser.pseudonymise(code);
  }

  /** The wave key of a wish map, for {@link #redeem}. */
  public static String wishMapWave(String wishMapId) {
    return "wish-map/" + wishMapId;
  }

  /** The wave key of a measurement, for {@link #redeem}. */
  public static String measurementWave(String measurementId) {
    return "measurement/" + measurementId;
  }
}
