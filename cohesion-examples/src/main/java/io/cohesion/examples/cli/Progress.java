package io.cohesion.examples.cli;

import io.cohesion.rest.mapping.ProgressListener;
import java.io.PrintWriter;

/** Progress of a long read, one line on stderr at a time, never on stdout. */
final class Progress implements ProgressListener {
  private final PrintWriter err;
  private final String what;

  Progress(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
  }

  @Override
  public void rowsRead(long rows) {
    err.println(what + ": " + TextTable.count(rows) + " rows read");
    err.flush();
  }
}
