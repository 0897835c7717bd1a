/**
 * Trust and taking part: a logistic model of a household's willingness to join on its trust score,
 * linked by pseudonym between a measurement and a wish map, released under the disclosure policy
 * (docs/scoring.md#trust-and-taking-part, docs/privacy.md#the-model-of-trust-and-taking-part).
 */
package io.cohesion.core.participation;
