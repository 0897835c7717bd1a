/** Test fixtures shared with adapters and embedders through the core test-jar. */
package io.cohesion.core.testing;
