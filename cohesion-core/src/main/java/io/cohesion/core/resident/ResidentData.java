package io.cohesion.core.resident;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.resident.internal.ResidentDataService;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A resident's own answers, found with their invitation code: handed over on request, or erased in
 * every wish map and measurement (use case, a port in). With the practice's stores it covers
 * everything else kept under the household's pseudonym too: its phase with its moves, its benefit
 * statements and its votes in market consultations (docs/privacy.md#erasure). Only the code leads
 * to them, so a resident needs no account and nobody else can ask for them by name.
 */
@API(status = STABLE, since = "0.1.0")
public interface ResidentData {

  /** The use case over the two response stores, resolving codes with {@code invitations}. */
  static ResidentData using(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses) {
    return new ResidentDataService(
        invitations, wishMapResponses, measurementResponses, Optional.empty(), Optional.empty());
  }

  /**
   * The use case over the two response stores and the codings of wishes: an erasure also removes
   * the codings of the erased wishes, except those of answers kept for a release state, which go
   * with them (docs/privacy.md#wishes). {@code statuses} tells which answers are still live.
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  static ResidentData using(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses,
      WishCodeRepository wishCodes,
      WaveStatusRepository statuses) {
    return new ResidentDataService(
        invitations,
        wishMapResponses,
        measurementResponses,
        Optional.of(new ResidentDataService.Codings(wishCodes, statuses)),
        Optional.empty());
  }

  /**
   * As {@link #using(Invitations, WishMapResponseStore, MeasurementResponseStore,
   * WishCodeRepository, WaveStatusRepository)}, and over what the practice keeps under the
   * household's pseudonym: an export also hands over the household's phase, benefit statements and
   * votes, and an erasure removes them.
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  static ResidentData using(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses,
      WishCodeRepository wishCodes,
      WaveStatusRepository statuses,
      Practice practice) {
    return new ResidentDataService(
        invitations,
        wishMapResponses,
        measurementResponses,
        Optional.of(new ResidentDataService.Codings(wishCodes, statuses)),
        Optional.of(practice));
  }

  /**
   * The practice's stores that hold records under a household's pseudonym.
   *
   * @param phases the households' phases; an erasure keeps what the funnel's released months
   *     counted under a stand-in ({@link io.cohesion.core.engagement.RetainedHousehold})
   * @param benefitStatements the benefit statements
   * @param consultations the market consultations; an erasure puts a stand-in in the place of the
   *     household's pseudonym in its votes, which stay counted
   * @param clock tells which months of the funnel are released
   * @param random draws the stand-ins
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  record Practice(
      HouseholdPhaseRepository phases,
      BenefitStatementRepository benefitStatements,
      ConsultationRepository consultations,
      Clock clock,
      RandomGenerator random) {
    public Practice {
      requireNonNull(phases, "phases");
      requireNonNull(benefitStatements, "benefitStatements");
      requireNonNull(consultations, "consultations");
      requireNonNull(clock, "clock");
      requireNonNull(random, "random");
    }
  }

  /**
   * Every answer stored under the code's pseudonym, and, with the practice's stores, every other
   * record kept under it.
   *
   * @throws ForbiddenException when the code was never issued
   */
  Export export(InvitationCode code);

  /**
   * Erases every answer stored under the code's pseudonym, and, with the practice's stores, the
   * household's phase and benefit statements, and its pseudonym from the votes it cast. The code
   * stays valid, so it may answer the same waves again; released states keep what they were cut
   * from until the next close, and the funnel's released months keep the household under a stand-in
   * (docs/privacy.md#erasure).
   *
   * @throws ForbiddenException when the code was never issued
   */
  Erasure erase(InvitationCode code);

  /**
   * A resident's answers and what else is kept under their household's pseudonym.
   *
   * @param respondent the pseudonym the answers are stored under
   * @param wishMapResponses the answer to each wish map, ordered by wish map id
   * @param measurementResponses the answer to each measurement, ordered by measurement id
   * @param householdPhase the household's phase with its moves, if it has one
   * @param benefitStatements the benefit statements given to the household, ordered by id
   * @param votes the household's votes in market consultations, ordered by consultation id
   */
  record Export(
      Pseudonym respondent,
      Map<WishMapId, WishMapResponse> wishMapResponses,
      Map<MeasurementId, MeasurementResponse> measurementResponses,
      @API(status = EXPERIMENTAL, since = "0.3.0") Optional<HouseholdPhase> householdPhase,
      @API(status = EXPERIMENTAL, since = "0.3.0") List<BenefitStatement> benefitStatements,
      @API(status = EXPERIMENTAL, since = "0.3.0") List<Vote> votes) {
    public Export {
      requireNonNull(respondent, "respondent");
      wishMapResponses = ordered(wishMapResponses, WishMapId::value);
      measurementResponses = ordered(measurementResponses, MeasurementId::value);
      requireNonNull(householdPhase, "householdPhase");
      benefitStatements =
          benefitStatements.stream()
              .sorted(Comparator.comparing(statement -> statement.id().value()))
              .toList();
      votes =
          votes.stream().sorted(Comparator.comparing(vote -> vote.consultation().value())).toList();
    }

    /** A resident's answers alone, as in release 0.2.0. */
    public Export(
        Pseudonym respondent,
        Map<WishMapId, WishMapResponse> wishMapResponses,
        Map<MeasurementId, MeasurementResponse> measurementResponses) {
      this(
          respondent,
          wishMapResponses,
          measurementResponses,
          Optional.empty(),
          List.of(),
          List.of());
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> answers, Function<K, String> id) {
      Map<K, V> ordered = new LinkedHashMap<>();
      requireNonNull(answers, "answers").entrySet().stream()
          .sorted(Map.Entry.comparingByKey(Comparator.comparing(id)))
          .forEach(e -> ordered.put(e.getKey(), e.getValue()));
      return Collections.unmodifiableMap(ordered);
    }
  }

  /**
   * A household's vote in a market consultation.
   *
   * @param consultation the consultation
   * @param initiative the initiative that held it
   * @param held the day it was settled
   * @param options the options the household voted for
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  record Vote(
      ConsultationId consultation, InitiativeId initiative, LocalDate held, List<String> options) {
    public Vote {
      requireNonNull(consultation, "consultation");
      requireNonNull(initiative, "initiative");
      requireNonNull(held, "held");
      options = List.copyOf(options);
    }
  }

  /**
   * What an erasure removed.
   *
   * @param wishMapResponses the wish map responses erased
   * @param measurementResponses the measurement responses erased
   * @param householdPhases the household's phase records erased, 0 or 1
   * @param benefitStatements the benefit statements erased
   * @param votes the votes whose pseudonym was replaced by a stand-in
   */
  record Erasure(
      int wishMapResponses,
      int measurementResponses,
      @API(status = EXPERIMENTAL, since = "0.3.0") int householdPhases,
      @API(status = EXPERIMENTAL, since = "0.3.0") int benefitStatements,
      @API(status = EXPERIMENTAL, since = "0.3.0") int votes) {

    /** An erasure of answers alone, as in release 0.2.0. */
    public Erasure(int wishMapResponses, int measurementResponses) {
      this(wishMapResponses, measurementResponses, 0, 0, 0);
    }
  }
}
