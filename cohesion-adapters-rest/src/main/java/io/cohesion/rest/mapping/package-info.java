/**
 * The one place where the file formats and result documents of docs/cli.md are mapped to and from
 * the core model: scale and wish map files (JSON), responses CSV files (streamed), and the JSON of
 * scale reports, red threads and wave comparisons. The command line and the REST API both use it,
 * so they accept and produce exactly the same documents.
 *
 * <p>Readers are lenient where docs/cli.md promises it (unknown fields and columns are ignored,
 * every optional field has a default) and strict everywhere else: every error names the file, and
 * the field or the row and column, that broke a rule.
 */
package io.cohesion.rest.mapping;
