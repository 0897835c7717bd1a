package io.cohesion.core.resident.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.RetainedHousehold;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.PreferenceVote;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * {@link ResidentData} over the two response stores, and over the practice's stores when it has
 * them.
 */
public final class ResidentDataService implements ResidentData {
  private final Invitations invitations;
  private final WishMapResponseStore wishMapResponses;
  private final MeasurementResponseStore measurementResponses;
  private final Optional<Codings> codings;
  private final Optional<Practice> practice;

  /** The codings of wishes, and the statuses that tell which answers are live. */
  public record Codings(WishCodeRepository codes, WaveStatusRepository statuses) {
    public Codings {
      requireNonNull(codes, "codes");
      requireNonNull(statuses, "statuses");
    }
  }

  public ResidentDataService(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses,
      Optional<Codings> codings,
      Optional<Practice> practice) {
    this.invitations = requireNonNull(invitations, "invitations");
    this.wishMapResponses = requireNonNull(wishMapResponses, "wishMapResponses");
    this.measurementResponses = requireNonNull(measurementResponses, "measurementResponses");
    this.codings = requireNonNull(codings, "codings");
    this.practice = requireNonNull(practice, "practice");
  }

  @Override
  public Export export(InvitationCode code) {
    Pseudonym respondent = pseudonymOf(code);
    Optional<HouseholdPhase> phase = Optional.empty();
    List<BenefitStatement> statements = List.of();
    List<Vote> votes = new ArrayList<>();
    if (practice.isPresent()) {
      Practice p = practice.get();
      phase = p.phases().find(respondent).map(Versioned::value);
      statements =
          p.benefitStatements().findByHousehold(respondent).stream().map(Versioned::value).toList();
      for (Versioned<Consultation> held : Page.collectAll(p.consultations()::list)) {
        Consultation c = held.value();
        voteOf(c.consultation(), respondent)
            .ifPresent(
                vote -> votes.add(new Vote(c.id(), c.initiative(), c.held(), vote.options())));
      }
    }
    return new Export(
        respondent,
        wishMapResponses.export(respondent),
        measurementResponses.export(respondent),
        phase,
        statements,
        votes);
  }

  @Override
  public Erasure erase(InvitationCode code) {
    Pseudonym respondent = pseudonymOf(code);
    Set<WishMapId> answered = wishMapResponses.export(respondent).keySet();
    int wishMaps = wishMapResponses.erase(respondent);
    int measurements = measurementResponses.erase(respondent);
    codings.ifPresent(c -> answered.forEach(map -> forgetCodings(c, map)));
    if (practice.isEmpty()) {
      return new Erasure(wishMaps, measurements);
    }
    Practice p = practice.get();
    return new Erasure(
        wishMaps,
        measurements,
        erasePhase(p, respondent) ? 1 : 0,
        p.benefitStatements().eraseHousehold(respondent),
        eraseVotes(p, respondent));
  }

  /**
   * Removes the household's phase, keeping under a stand-in what the funnel's released months (up
   * to the end of last month) counted of it, so that no released month changes.
   */
  private static boolean erasePhase(Practice p, Pseudonym household) {
    Optional<Versioned<HouseholdPhase>> found = p.phases().find(household);
    if (found.isEmpty()) {
      return false;
    }
    LocalDate lastReleased = LocalDate.now(p.clock()).withDayOfMonth(1).minusDays(1);
    Optional<RetainedHousehold> retained =
        RetainedHousehold.of(found.get().value(), Pseudonym.standIn(p.random()), lastReleased);
    return p.phases().erase(household, retained);
  }

  /**
   * Puts a stand-in in the place of the household's pseudonym in every vote it cast: each vote
   * stays counted, so no consultation's outcome changes, but none leads back to the household.
   */
  private static int eraseVotes(Practice p, Pseudonym household) {
    int replaced = 0;
    for (Versioned<Consultation> held : Page.collectAll(p.consultations()::list)) {
      Optional<Versioned<Consultation>> current = Optional.of(held);
      // A consultation changed meanwhile is read again; each try changes only this vote.
      for (int attempt = 1; current.isPresent(); attempt++) {
        Consultation c = current.get().value();
        if (voteOf(c.consultation(), household).isEmpty()) {
          break;
        }
        Pseudonym standIn = Pseudonym.standIn(p.random());
        List<PreferenceVote> votes =
            c.consultation().votes().stream()
                .map(
                    v -> v.voter().equals(household) ? new PreferenceVote(standIn, v.options()) : v)
                .toList();
        Consultation changed =
            new Consultation(
                c.id(),
                c.initiative(),
                c.held(),
                c.principles(),
                new MarketConsultation(
                    c.consultation().options(), c.consultation().partners(), votes));
        try {
          p.consultations().update(changed, current.get().version());
          replaced++;
          break;
        } catch (ConflictException e) {
          if (attempt == 3) {
            throw e;
          }
          current = p.consultations().find(c.id());
        }
      }
    }
    return replaced;
  }

  private static Optional<PreferenceVote> voteOf(MarketConsultation consultation, Pseudonym voter) {
    return consultation.votes().stream().filter(v -> v.voter().equals(voter)).findFirst();
  }

  /**
   * Removes the codings of the map's wishes whose answers are gone: the erased ones, unless the
   * store kept them for the last release state, whose tallies then stay as they were.
   */
  private void forgetCodings(Codings c, WishMapId map) {
    long[] live = c.statuses().respondents(WaveId.wishMap(map.value()));
    long[] kept = wishMapResponses.retained(map).stream().mapToLong(StoredResponse::id).toArray();
    long[] keep = LongStream.concat(Arrays.stream(live), Arrays.stream(kept)).sorted().toArray();
    c.codes().keepOnly(map, keep);
  }

  private Pseudonym pseudonymOf(InvitationCode code) {
    try {
      return invitations.pseudonymOf(requireNonNull(code, "code"));
    } catch (NotFoundException e) {
      throw new ForbiddenException("this invitation code is not known");
    }
  }
}
