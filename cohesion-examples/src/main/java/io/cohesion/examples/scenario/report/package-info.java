/**
 * The workshop report as plain text: a small document model (sections of paragraphs, tables and bar
 * cells) and a renderer that draws it with Unicode block bars, or with {@code #} where the terminal
 * cannot show Unicode. Numbers are always formatted with {@link java.util.Locale#ROOT}.
 */
package io.cohesion.examples.scenario.report;
