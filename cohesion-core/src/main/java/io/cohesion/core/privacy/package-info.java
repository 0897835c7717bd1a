/**
 * Privacy by default: pseudonyms instead of names, single-use invitation codes kept only as hashes,
 * the keyed pseudonymiser that links a household's waves, the response store contract that lets a
 * resident's answers be exported or erased, the small-group rule that every published aggregate
 * obeys, the disclosure policy that checks released cells against an attacker who combines them,
 * and the status of each wave, open or closed, with the release states its closes cut ({@link
 * io.cohesion.core.privacy.ReleaseWaves}).
 *
 * <p>Bulk inputs: {@link io.cohesion.core.privacy.SeenRespondents} remembers the respondents met in
 * one import as fingerprints, so stores and file readers can refuse a respondent who answers twice
 * without keeping a million strings.
 */
package io.cohesion.core.privacy;
