/**
 * Trust and social cohesion instruments: scales, their waves (measurements) and responses, and the
 * scoring of a wave and the comparison of two waves (docs/scoring.md#51-scales,
 * docs/scoring.md#54-waves).
 */
package io.cohesion.core.trust;
