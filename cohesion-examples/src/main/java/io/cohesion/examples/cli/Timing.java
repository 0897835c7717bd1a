package io.cohesion.examples.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Where a command spends its time, on stderr, when the environment variable {@code COHESION_TIMING}
 * is set: per step the elapsed time and the processor time of the command's thread, and at the end
 * the time since the JVM started and the processor time of the whole process (compilers and garbage
 * collector included). Off, it costs nothing.
 */
abstract class Timing {
  /** Timing as the environment asks: on when {@code COHESION_TIMING} is set, off otherwise. */
  static Timing fromEnvironment(PrintWriter err) {
    return System.getenv("COHESION_TIMING") == null ? new Off() : new On(err);
  }

  /** Ends a step: reports the time since the previous step ended. */
  abstract void step(String name);

  /** Reports the whole run so far. */
  abstract void total();

  private static final class Off extends Timing {
    @Override
    void step(String name) {}

    @Override
    void total() {}
  }

  private static final class On extends Timing {
    private final PrintWriter err;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long wall = System.nanoTime();
    private long cpu = threads.getCurrentThreadCpuTime();

    On(PrintWriter err) {
      this.err = err;
      long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
      err.printf(
          Locale.ROOT, "timing: %-6s %6d ms elapsed since the JVM started%n", "start", sinceStart);
    }

    @Override
    void step(String name) {
      long nowWall = System.nanoTime();
      long nowCpu = threads.getCurrentThreadCpuTime();
      err.printf(
          Locale.ROOT,
          "timing: %-6s %6d ms elapsed %6d ms cpu (this thread)%n",
          name,
          (nowWall - wall) / 1_000_000,
          (nowCpu - cpu) / 1_000_000);
      err.flush();
      wall = nowWall;
      cpu = nowCpu;
    }

    @Override
    void total() {
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      long process =
          ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      err.printf(
          Locale.ROOT,
          "timing: %-6s %6d ms elapsed %6d ms cpu (whole process, since the JVM started)%n",
          "total",
          uptime,
          process / 1_000_000);
      err.flush();
    }
  }
}
