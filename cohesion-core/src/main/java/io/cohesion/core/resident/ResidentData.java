package io.cohesion.core.resident;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ForbiddenException;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A resident's own answers, found with their invitation code: handed over on request, or erased in
 * every wish map and measurement (use case, a port in). Only the code leads to them, so a resident
 * needs no account and nobody else can ask for them by name.
 */
@API(status = STABLE, since = "0.1.0")
public interface ResidentData {

  /** The use case over the two response stores, resolving codes with {@code invitations}. */
  static ResidentData using(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses) {
    return new ResidentDataService(
        invitations, wishMapResponses, measurementResponses, Optional.empty());
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
        Optional.of(new ResidentDataService.Codings(wishCodes, statuses)));
  }

  /**
   * Every answer stored under the code's pseudonym.
   *
   * @throws ForbiddenException when the code was never issued
   */
  Export export(InvitationCode code);

  /**
   * Erases every answer stored under the code's pseudonym. The code stays valid, so it may answer
   * the same waves again; released states keep what they were cut from until the next close.
   *
   * @throws ForbiddenException when the code was never issued
   */
  Erasure erase(InvitationCode code);

  /**
   * A resident's answers.
   *
   * @param respondent the pseudonym the answers are stored under
   * @param wishMapResponses the answer to each wish map, ordered by wish map id
   * @param measurementResponses the answer to each measurement, ordered by measurement id
   */
  record Export(
      Pseudonym respondent,
      Map<WishMapId, WishMapResponse> wishMapResponses,
      Map<MeasurementId, MeasurementResponse> measurementResponses) {
    public Export {
      requireNonNull(respondent, "respondent");
      wishMapResponses = ordered(wishMapResponses, WishMapId::value);
      measurementResponses = ordered(measurementResponses, MeasurementId::value);
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
   * How many answers an erasure removed.
   *
   * @param wishMapResponses the wish map responses erased
   * @param measurementResponses the measurement responses erased
   */
  record Erasure(int wishMapResponses, int measurementResponses) {}
}
