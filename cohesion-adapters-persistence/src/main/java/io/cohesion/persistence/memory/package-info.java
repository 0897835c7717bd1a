/**
 * The in-memory store: every port in thread-safe maps, for tests and for embedding Cohesion where
 * nothing needs to survive a restart.
 */
package io.cohesion.persistence.memory;
