package io.cohesion.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.cohesion.core.redthread.RedThread;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The first read of a released red thread (that of {@link RedThreadCacheBenchmark#firstRead}),
 * timed both on the clock and as processor time of the whole process, so that a shared machine's
 * load can be told apart from the work: the processor time does not grow when other programs take
 * turns on the cores, the elapsed time does. Arguments: {@code --respondents}, {@code --bootstrap},
 * {@code --segment-columns} (0 or 1), {@code --warmup} and {@code --reads}.
 */
public final class RedThreadFirstRead {

  private RedThreadFirstRead() {}

  /** Prints the median and the fastest elapsed and processor time of the measured reads. */
  public static void main(String[] args) {
    int respondents = 10_000;
    int bootstrap = 1000;
    int segmentColumns = 1;
    int warmup = 10;
    int reads = 20;
    for (int a = 0; a + 1 < args.length; a += 2) {
      int value = Integer.parseInt(args[a + 1]);
      switch (args[a]) {
        case "--respondents" -> respondents = value;
        case "--bootstrap" -> bootstrap = value;
        case "--segment-columns" -> segmentColumns = value;
        case "--warmup" -> warmup = value;
        case "--reads" -> reads = value;
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    RedThreadCacheBenchmark benchmark = new RedThreadCacheBenchmark();
    benchmark.respondents = respondents;
    benchmark.bootstrap = bootstrap;
    benchmark.segmentColumns = segmentColumns;
    benchmark.closeAWishMap();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long checksum = 0;
    for (int w = 0; w < warmup; w++) {
      checksum += benchmark.firstRead().values().size();
    }
    double[] elapsed = new double[reads];
    double[] processor = new double[reads];
    for (int r = 0; r < reads; r++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      RedThread thread = benchmark.firstRead();
      elapsed[r] = (System.nanoTime() - start) / 1e6;
      processor[r] = (os.getProcessCpuTime() - cpu) / 1e6;
      checksum += thread.values().size();
    }
    benchmark.close();
    Arrays.sort(elapsed);
    Arrays.sort(processor);
    System.out.printf(
        Locale.ROOT,
        "first read, %d respondents, B = %d, %d segment column(s), %d reads:"
            + " elapsed median %.0f ms (fastest %.0f), processor time median %.0f ms (least %.0f)"
            + " [checksum %d]%n",
        respondents,
        bootstrap,
        segmentColumns,
        reads,
        elapsed[reads / 2],
        elapsed[0],
        processor[reads / 2],
        processor[0],
        checksum);
  }
}
