package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who answers a submission: a resident with their invitation code, or a pseudonym that a
 * coordinator or ambassador typed in from a paper form. The submission use cases resolve it to the
 * pseudonym the answer is stored under; nothing else of the person reaches the store.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Answerer {

  /**
   * A pseudonym typed in by a key holder. It may not take the form of a code's pseudonym, or it
   * could answer in a household's place and block the household's own answer ({@link
   * Pseudonym#typed}).
   *
   * @throws ValidationException on field {@code respondent} when it is not a valid typed pseudonym
   */
  static Answerer typed(String respondent) {
    try {
      return new Typed(Pseudonym.typed(requireNonNull(respondent, "respondent")));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("respondent", String.valueOf(e.getMessage()));
    }
  }

  /**
   * A resident's invitation code, as typed or scanned.
   *
   * @throws ValidationException on field {@code invitationCode} when it cannot be a code (the
   *     message never repeats what was typed)
   */
  static Answerer invited(String invitationCode) {
    try {
      return new Invited(InvitationCode.parse(requireNonNull(invitationCode, "invitationCode")));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("invitationCode", "is not a valid invitation code");
    }
  }

  /**
   * The pseudonym this answer is stored under.
   *
   * @param invitations the server's invitations, empty when it issues no codes
   * @throws ForbiddenException when a code is given and the server issues none, or the code is not
   *     known
   */
  Pseudonym resolve(Optional<Invitations> invitations);

  /** A pseudonym typed in from a paper form by a coordinator or ambassador. */
  record Typed(Pseudonym pseudonym) implements Answerer {
    public Typed {
      requireNonNull(pseudonym, "pseudonym");
    }

    @Override
    public Pseudonym resolve(Optional<Invitations> invitations) {
      return pseudonym;
    }
  }

  /** A resident answering with their invitation code. */
  record Invited(InvitationCode code) implements Answerer {
    public Invited {
      requireNonNull(code, "code");
    }

    @Override
    public Pseudonym resolve(Optional<Invitations> invitations) {
      Invitations known =
          invitations.orElseThrow(
              () -> new ForbiddenException("this server issues no invitation codes"));
      try {
        return known.pseudonymOf(code);
      } catch (NotFoundException e) {
        throw new ForbiddenException("this invitation code is not known");
      }
    }

    @Override
    public String toString() {
      return "Invited[code=…]";
    }
  }
}
