/**
 * The linear algebra behind the disclosure policy: the row space of released cells and each
 * respondent's leverage in it. Not API: may change without notice.
 */
package io.cohesion.core.privacy.internal;
