package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Turns an invitation code into the respondent's pseudonym. The same code always gives the same
 * pseudonym, so a household's answers link up across waves; without the secret behind it, a
 * pseudonym cannot be traced back to a code.
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface Pseudonymiser {
  /** The pseudonym of the household that holds {@code code}. */
  Pseudonym pseudonymise(InvitationCode code);
}
