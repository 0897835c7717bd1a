/**
 * The application layer: {@link io.cohesion.core.application.CohesionPorts}, every output port of
 * core in one bundle, and {@link io.cohesion.core.application.Cohesion}, the one entry point that
 * builds every use case (port in) from it with the disclosure policy, the clock and the random
 * source. Driving adapters (the REST server, the command line, an embedding application) reach the
 * domain through the use cases it hands out and never through a repository; see docs/embedding.md.
 */
package io.cohesion.core.application;
