package io.cohesion.rest.resource;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
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
final class Respondents {
  private final Optional<Invitations> invitations;

  Respondents(Optional<Invitations> invitations) {
    this.invitations = invitations;
  }

  /** A resolved respondent, the idempotency key scoped to its credential, and its code if any. */
  record Resolved(
      Pseudonym pseudonym, Optional<IdempotencyKey> key, Optional<InvitationCode> code) {}

  Resolved resolve(Context ctx, String respondent, String invitationCode) {
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
      InvitationCode code;
      try {
        code = InvitationCode.parse(invitationCode);
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("invitationCode", "is not a valid invitation code");
      }
      Invitations known =
          invitations.orElseThrow(
              () -> ProblemException.forbidden("this server issues no invitation codes"));
      Pseudonym pseudonym;
      try {
        pseudonym = known.pseudonymOf(code);
      } catch (NotFoundException e) {
        throw ProblemException.forbidden("this invitation code is not known");
      }
      return new Resolved(pseudonym, key(ctx, Guard.shortHash(code.value())), Optional.of(code));
    }
    if (respondent == null) {
      throw ProblemException.invalid("respondent", "is required: the respondent's pseudonym");
    }
    Pseudonym pseudonym;
    try {
      // Typed in from a paper form: it may not take the form of a code's pseudonym, or it could
      // answer in a household's place and block the household's own answer.
      pseudonym = Pseudonym.typed(respondent);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("respondent", String.valueOf(e.getMessage()));
    }
    return new Resolved(pseudonym, key(ctx, caller.credential()), Optional.empty());
  }

  /** Who answers, not yet resolved, and the idempotency key scoped to their credential. */
  record Answering(Answerer answerer, Optional<IdempotencyKey> key) {}

  /**
   * Who answers a request, with the same field checks as {@link #resolve} but leaving the code to
   * the use case that takes the answer: a resident (no API key) gives an {@code invitationCode} and
   * no {@code respondent}; a key holder gives one of the two. The key of a code's answer is scoped
   * to the code, so a replay finds the first answer whoever sends it.
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
