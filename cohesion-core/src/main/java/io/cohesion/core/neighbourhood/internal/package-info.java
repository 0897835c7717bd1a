/** The implementation of the neighbourhood use cases; not API. */
package io.cohesion.core.neighbourhood.internal;
