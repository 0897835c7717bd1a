package io.cohesion.examples.cli;

import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.rest.mapping.CsvFormat;
import io.cohesion.rest.mapping.ProgressListener;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a responses CSV straight into the primitive arrays of {@link ScaleData}, in chunks on every
 * core.
 */
final class ScaleDataFiles {
  private ScaleDataFiles() {}

  static ScaleData read(
      Scale scale, Path csv, CsvFormat format, String groupBy, ProgressListener progress)
      throws IOException {
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(scale).format(format).onProgress(progress);
    if (groupBy != null) {
      reader = reader.groupBy(groupBy);
    }
    return reader.readData(csv);
  }
}
