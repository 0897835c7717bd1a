package io.cohesion.examples.cli;

/** How a command prints its result. The constants are lower case because users type them. */
enum OutputFormat {
  /** Aligned columns for a person at a terminal; the default. */
  table,
  /** Exactly one JSON document with the keys of docs/cli.md, for programs. */
  json
}
