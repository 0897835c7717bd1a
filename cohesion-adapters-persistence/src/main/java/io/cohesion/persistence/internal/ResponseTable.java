package io.cohesion.persistence.internal;

/**
 * The tables of one kind of response.
 *
 * @param kind the wave's kind for messages, for example {@code wish map}
 * @param waveTable the table of the waves
 * @param table the table of the responses
 * @param segmentTable the side table of segment values, in blocks of response ids
 * @param waveColumn the column that names the wave in both
 */
record ResponseTable(
    String kind, String waveTable, String table, String segmentTable, String waveColumn) {}
