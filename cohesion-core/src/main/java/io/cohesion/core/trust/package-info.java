/**
 * Trust and social cohesion instruments: scales, their waves (measurements) and responses, and the
 * scoring of a wave and the comparison of two waves (SPEC §5.1, §5.4).
 */
package io.cohesion.core.trust;
