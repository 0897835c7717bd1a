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
    String kind, String waveTable, String table, String segmentTable, String waveColumn) {
  /** The table of the answers erased since the last release state that the state held. */
  String retainedTable() {
    return table + "_retained";
  }

  /** The table of how many erasures reached each wave (migration V22). */
  String erasureTable() {
    return waveTable + "_erasures";
  }

  /** The table of the release states of the waves. */
  String stateTable() {
    return waveTable + "_release_state";
  }
}
