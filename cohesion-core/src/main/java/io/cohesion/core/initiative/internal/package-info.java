/** The implementation of the initiative use cases; not API. */
package io.cohesion.core.initiative.internal;
