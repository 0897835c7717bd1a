/** The implementation of the wish map use cases; not API. */
package io.cohesion.core.wishmap.internal;
