/**
 * Privacy by default: pseudonyms instead of names, single-use invitation codes kept only as hashes,
 * the keyed pseudonymiser that links a household's waves, the response store contract that lets a
 * resident's answers be exported or erased, and the small-group rule that every published aggregate
 * obeys (SPEC §5.2, §7); and the status of each wave, open or closed, with the release states its
 * closes cut ({@link io.cohesion.core.privacy.ReleaseWaves}).
 */
package io.cohesion.core.privacy;
