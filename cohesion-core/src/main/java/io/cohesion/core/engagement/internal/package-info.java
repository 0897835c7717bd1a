/** The implementation of the engagement use cases and the default benefit calculator; not API. */
package io.cohesion.core.engagement.internal;
