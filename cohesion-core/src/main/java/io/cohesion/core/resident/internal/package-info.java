/** The implementation of the resident data use case; not API. */
package io.cohesion.core.resident.internal;
