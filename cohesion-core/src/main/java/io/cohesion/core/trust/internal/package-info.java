/**
 * The implementation of the trust use cases, and the number crunching behind the scoring of scales:
 * passes over the primitive answer matrix. Not API: may change without notice.
 */
package io.cohesion.core.trust.internal;
