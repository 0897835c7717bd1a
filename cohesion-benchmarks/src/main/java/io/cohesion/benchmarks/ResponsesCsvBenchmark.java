package io.cohesion.benchmarks;

import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a responses CSV as {@code cohesion score --group-by} reads it (docs/cli.md): the national
 * data set of {@link NationalData} written as a comma-separated UTF-8 file, read through {@link
 * ScaleResponsesCsv} into {@link ScaleData}, every cell checked. The file is written once per fork
 * in the temporary directory and the operating system caches it, so the figure is the reader's, not
 * the disk's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ResponsesCsvBenchmark {

  @Param("200000")
  int respondents;

  @Param("20")
  int items;

  @Param("13000")
  int groups;

  private Scale scale;
  private Path csv;

  @Setup(Level.Trial)
  public void write() throws IOException {
    scale = NationalData.scale(items);
    csv = Files.createTempFile("responses", ".csv");
    NationalCsv.writeResponses(csv, scale, respondents, groups);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(csv);
  }

  @Benchmark
  public ScaleData read() throws IOException {
    ScaleData.Builder builder = ScaleData.builder(scale, respondents);
    ScaleResponsesCsv.forScale(scale).groupBy("neighbourhood").read(csv, builder);
    return builder.build();
  }
}
