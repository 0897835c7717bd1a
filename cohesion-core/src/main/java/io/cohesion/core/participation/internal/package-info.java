/** The implementation of the participation use case. Not API: may change without notice. */
package io.cohesion.core.participation.internal;
