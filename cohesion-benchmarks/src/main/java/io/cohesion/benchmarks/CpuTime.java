package io.cohesion.benchmarks;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScaleScoring;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The processor time one full scoring costs, on one thread: a figure that, unlike wall-clock time,
 * does not depend on how busy a shared machine is. Run with {@code
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} so that every chunk runs on the calling
 * thread and is counted. Arguments: respondents, items, groups, repetitions.
 */
public final class CpuTime {

  private CpuTime() {}

  /** Prints the minimum and median processor time of the repetitions after a warm-up. */
  public static void main(String[] args) {
    int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int groups = args.length > 2 ? Integer.parseInt(args[2]) : 13_000;
    int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    ScaleData data = NationalData.generate(respondents, items, groups, 20240917L);
    SmallGroupRule rule = SmallGroupRule.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double checksum = 0;
    for (int warmup = 0; warmup < 10; warmup++) {
      checksum += ScaleScoring.score(data, rule).score().mean();
    }
    double[] millis = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long start = threads.getCurrentThreadCpuTime();
      ScaleReport report = ScaleScoring.score(data, rule);
      millis[r] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      checksum += report.score().mean();
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%s: processor time per scoring on one thread: min %.1f ms, median %.1f ms (checksum %.6f)%n",
        data,
        millis[0],
        millis[repetitions / 2],
        checksum);
  }
}
