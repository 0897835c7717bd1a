/** JMH benchmarks of the scoring, with a seeded generator of national-scale data. */
package io.cohesion.benchmarks;
