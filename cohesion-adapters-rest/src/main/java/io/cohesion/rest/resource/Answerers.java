package io.cohesion.rest.resource;

import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Guard;
import io.cohesion.rest.http.Idempotency;
import io.cohesion.rest.http.ProblemException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who answers a submission: the pseudonym a coordinator or ambassador names (paper forms), or the
 * one behind a resident's invitation code. A code answers a wave once because the store keeps one
 * answer per respondent and wave; a replay with the same {@code Idempotency-Key} finds the first.
 */
final class Answerers {
  private Answerers() {}

  /** Who answers, not yet resolved, and the idempotency key scoped to their credential. */
  record Answering(Answerer answerer, Optional<IdempotencyKey> key) {}

  /**
   * Who answers a request, leaving the code to the use case that takes the answer: a resident (no
   * API key) gives an {@code invitationCode} and no {@code respondent}; a key holder gives one of
   * the two. The key of a code's answer is scoped to the code, so a replay finds the first answer
   * whoever sends it.
   */
  static Answering answering(Context ctx, String respondent, String invitationCode) {
    Caller caller = Caller.of(ctx);
    if (caller.role().isEmpty()) {
      if (respondent != null) {
        throw ProblemException.invalid(
            "respondent", "residents answer with their invitationCode, without a respondent");
      }
      if (invitationCode == null) {
        throw ProblemException.invalid(
            "invitationCode", "is required to answer without an API key");
      }
    }
    if (invitationCode != null) {
      if (respondent != null) {
        throw ProblemException.invalid(
            "respondent", "give either respondent or invitationCode, not both");
      }
      Answerer answerer = Answerer.invited(invitationCode);
      String code = ((Answerer.Invited) answerer).code().value();
      return new Answering(answerer, key(ctx, Guard.shortHash(code)));
    }
    if (respondent == null) {
      throw ProblemException.invalid("respondent", "is required: the respondent's pseudonym");
    }
    return new Answering(Answerer.typed(respondent), key(ctx, caller.credential()));
  }

  private static Optional<IdempotencyKey> key(Context ctx, String credential) {
    return Idempotency.key(ctx, credential).map(IdempotencyKey::new);
  }
}
