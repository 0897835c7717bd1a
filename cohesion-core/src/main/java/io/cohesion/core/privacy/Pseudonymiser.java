package io.cohesion.core.privacy;

/**
 * Turns an invitation code into the respondent's pseudonym. The same code always gives the same
 * pseudonym, so a household's answers link up across waves; without the secret behind it, a
 * pseudonym cannot be traced back to a code.
 */
@FunctionalInterface
public interface Pseudonymiser {
  /** The pseudonym of the household that holds {@code code}. */
  Pseudonym pseudonymise(InvitationCode code);
}
