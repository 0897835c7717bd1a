/**
 * JMH benchmarks of the scoring and of the disclosure policy, with a seeded generator of
 * national-scale data, and a load generator for the REST API ({@link
 * io.cohesion.benchmarks.RestLoad}).
 */
package io.cohesion.benchmarks;
