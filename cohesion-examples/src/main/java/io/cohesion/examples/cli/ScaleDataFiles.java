package io.cohesion.examples.cli;

import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.rest.mapping.CsvFormat;
import io.cohesion.rest.mapping.ProgressListener;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a responses CSV straight into the primitive arrays of {@link ScaleData}. */
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
    ScaleData.Builder builder = ScaleData.builder(scale, expectedRows(csv));
    reader.read(csv, builder);
    return builder.build();
  }

  /**
   * The number of lines after the header, which is the number of rows unless cells hold line breaks
   * or rows are blank. Counting them first is cheaper than letting the builder grow its arrays of a
   * million rows step by step and trim them at the end.
   */
  static int expectedRows(Path csv) throws IOException {
    long lines = 0;
    byte last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(csv)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (read > 0) {
          last = buffer[read - 1];
        }
      }
    }
    if (last != '\n') {
      lines++; // the last line has no line break
    }
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1, lines - 1));
  }
}
