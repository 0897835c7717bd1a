/**
 * Privacy by default: pseudonyms instead of names, and the small-group rule that every published
 * aggregate obeys (SPEC §5.2, §7).
 */
package io.cohesion.core.privacy;
