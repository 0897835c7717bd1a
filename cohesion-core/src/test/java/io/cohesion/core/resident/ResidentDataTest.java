package io.cohesion.core.resident;

import static io.cohesion.core.contract.Fixtures.measurementResponse;
import static io.cohesion.core.contract.Fixtures.wishMapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidentDataTest {
  private static final WishMapId NB = new WishMapId("nb");
  private static final WishMapId DORP = new WishMapId("dorp");
  private static final MeasurementId BEFORE = new MeasurementId("before");

  private final Fakes.WishMapResponses wishMapResponses = new Fakes.WishMapResponses();
  private final Fakes.MeasurementResponses measurementResponses = new Fakes.MeasurementResponses();
  private final Invitations invitations =
      new Invitations(
          new Fakes.Invitations(), PseudonymSecret.of("0123456789abcdef0123456789abcdef"));
  private final ResidentData residentData =
      ResidentData.using(invitations, wishMapResponses, measurementResponses);

  private final List<InvitationCode> codes =
      invitations.issue(2, Optional.of("Dorpsstraat"), new SplittableRandom(7));
  private final InvitationCode mine = codes.get(0);
  private final InvitationCode neighbours = codes.get(1);

  /** The resident with {@code code} answers both wish maps (nb first) and the measurement. */
  private void answerEverything(InvitationCode code, int variant) {
    String respondent = invitations.pseudonymOf(code).value();
    wishMapResponses.submit(NB, wishMapResponse(respondent, variant, "p"), Optional.empty());
    wishMapResponses.submit(DORP, wishMapResponse(respondent, variant + 1, "p"), Optional.empty());
    measurementResponses.submit(
        BEFORE, measurementResponse(respondent, variant, "Dorpsstraat"), Optional.empty());
  }

  @Test
  void anExportHoldsTheCodesOwnAnswersInOrderOfTheirWaves() {
    answerEverything(mine, 1);
    answerEverything(neighbours, 2);
    Pseudonym me = invitations.pseudonymOf(mine);

    ResidentData.Export export = residentData.export(mine);

    assertThat(export.respondent()).isEqualTo(me);
    assertThat(export.wishMapResponses()).containsOnlyKeys(NB, DORP);
    assertThat(List.copyOf(export.wishMapResponses().keySet())).containsExactly(DORP, NB);
    assertThat(export.wishMapResponses().get(NB)).isEqualTo(wishMapResponse(me.value(), 1, "p"));
    assertThat(export.measurementResponses())
        .containsOnlyKeys(BEFORE)
        .allSatisfy((id, response) -> assertThat(response.respondent()).isEqualTo(me));
    assertThat(export.wishMapResponses().values())
        .allSatisfy(response -> assertThat(response.respondent()).isEqualTo(me));
  }

  @Test
  void aCodeWithoutAnswersExportsNothing() {
    answerEverything(neighbours, 2);

    ResidentData.Export export = residentData.export(mine);

    assertThat(export.wishMapResponses()).isEmpty();
    assertThat(export.measurementResponses()).isEmpty();
  }

  @Test
  void anErasureRemovesEveryAnswerOfTheCodeAndNoOtherAndCountsThem() {
    answerEverything(mine, 1);
    answerEverything(neighbours, 2);

    ResidentData.Erasure erased = residentData.erase(mine);

    assertThat(erased).isEqualTo(new ResidentData.Erasure(2, 1));
    assertThat(residentData.export(mine).wishMapResponses()).isEmpty();
    assertThat(residentData.export(mine).measurementResponses()).isEmpty();
    assertThat(wishMapResponses.count(NB)).isEqualTo(1);
    assertThat(measurementResponses.count(BEFORE)).isEqualTo(1);
    assertThat(residentData.erase(mine)).isEqualTo(new ResidentData.Erasure(0, 0));
  }

  @Test
  void anUnknownCodeReachesNoAnswers() {
    answerEverything(mine, 1);
    InvitationCode stranger = InvitationCode.generate(new SplittableRandom(99));

    assertThatThrownBy(() -> residentData.export(stranger))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("this invitation code is not known");
    assertThatThrownBy(() -> residentData.erase(stranger))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("this invitation code is not known");
    assertThat(wishMapResponses.count(NB)).isEqualTo(1);
  }

  @Test
  void anExportCannotBeChangedAfterwards() {
    answerEverything(mine, 1);

    ResidentData.Export export = residentData.export(mine);

    assertThatThrownBy(() -> export.wishMapResponses().remove(NB))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
