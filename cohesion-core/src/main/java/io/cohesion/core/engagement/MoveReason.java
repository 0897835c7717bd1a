package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Text;
import org.apiguardian.api.API;

/** Why a household moved to another phase of the neighbourhood approach. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum MoveReason {
  /** The household came to a neighbourhood meeting. */
  MEETING_ATTENDED(new Text("bijeenkomst bezocht", "meeting attended")),
  /** A question the household raised was answered. */
  QUESTION_ANSWERED(new Text("vraag beantwoord", "question answered")),
  /** The household signed up: joined, invested or asked to be connected. */
  SIGN_UP(new Text("aangemeld", "sign-up")),
  /**
   * A coordinator set the phase by hand, for example to correct a mistake. Only this reason may
   * move a household back.
   */
  COORDINATOR(new Text("door coördinator", "set by a coordinator"));

  private final Text label;

  MoveReason(Text label) {
    this.label = label;
  }

  /** The reason's label in Dutch and English. */
  public Text label() {
    return label;
  }

  /** Whether a move for this reason may go back to an earlier phase. */
  public boolean mayGoBack() {
    return this == COORDINATOR;
  }
}
