/**
 * The {@code cohesion} command line: the composition root that reads files through the mapping of
 * the REST adapter, runs the core's analyses and prints tables for people or JSON for programs.
 */
package io.cohesion.examples.cli;
