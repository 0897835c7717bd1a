package io.cohesion.benchmarks;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScaleScoring;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full scoring of one national wave: person scores, listwise reliability, group reliability and
 * the suppressed per-neighbourhood table (docs/scoring.md#51-scales, docs/privacy.md). The data are
 * generated once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScaleScoringBenchmark {

  @Param("1000000")
  int respondents;

  @Param("20")
  int items;

  @Param("13000")
  int groups;

  private ScaleData data;
  private final SmallGroupRule rule = SmallGroupRule.defaults();

  @Setup(Level.Trial)
  public void generate() {
    data = NationalData.generate(respondents, items, groups, 20240917L);
  }

  @Benchmark
  public ScaleReport score() {
    return ScaleScoring.score(data, rule);
  }
}
