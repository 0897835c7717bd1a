/**
 * The three pilot scenarios of the method — Nij Beets, Zuiderburen (Hempens) and KetelhuisWG — with
 * seeded generators of <em>synthetic</em> data that follow each pilot's published story.
 *
 * <p>No data in this package comes from a real survey: every respondent, answer and figure is drawn
 * from a seeded {@link java.util.SplittableRandom}, so the same seed always gives the same data.
 * Ids, labels and pseudonyms carry the word {@code synthetic} so the data cannot be mistaken for a
 * real pilot's results.
 *
 * <p>Each scenario reaches the store through the use cases of a {@link
 * io.cohesion.core.application.Cohesion} only, and hands what they give back to the library's
 * analyses, which makes it the fullest example of how to embed Cohesion.
 */
package io.cohesion.examples.scenario;
