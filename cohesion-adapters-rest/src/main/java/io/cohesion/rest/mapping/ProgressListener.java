package io.cohesion.rest.mapping;

/** Hears how far a long read has come, so a command line can show progress. */
@FunctionalInterface
public interface ProgressListener {
  /** How many rows are read between two calls. */
  long INTERVAL = 250_000;

  /** Called after every {@link #INTERVAL} rows with the number of data rows read so far. */
  void rowsRead(long rows);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return rows -> {};
  }
}
