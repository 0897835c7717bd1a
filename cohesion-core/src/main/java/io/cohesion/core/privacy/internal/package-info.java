/**
 * Bookkeeping behind the handling of pseudonyms in bulk: sets and maps of respondents that cost the
 * garbage collector nothing; and the closing of waves behind {@link
 * io.cohesion.core.privacy.ReleaseWaves}. Not API: may change without notice.
 */
package io.cohesion.core.privacy.internal;
