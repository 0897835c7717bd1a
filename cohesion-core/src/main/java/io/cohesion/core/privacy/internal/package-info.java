/**
 * The machinery behind the disclosure policy and the release of waves: the row space of released
 * cells and each respondent's leverage in it, and the closing of waves behind {@link
 * io.cohesion.core.privacy.ReleaseWaves}. Not API: may change without notice.
 */
package io.cohesion.core.privacy.internal;
