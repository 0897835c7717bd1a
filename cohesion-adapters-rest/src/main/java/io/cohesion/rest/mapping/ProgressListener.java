package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Hears how far a long read has come, so a command line can show progress. */
@FunctionalInterface
@API(status = INTERNAL, since = "0.1.0")
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
