package io.cohesion.examples.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a command spends its time, on stderr, when the environment variable {@code COHESION_TIMING}
 * is set: per step the elapsed time and the processor time of the command's thread, and at the end
 * the time since the JVM started and the processor time of the whole process (compilers and garbage
 * collector included), and on Linux that of each kind of thread. Off, it costs nothing.
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
      threads()
          .forEach(
              (kind, ms) ->
                  err.printf(Locale.ROOT, "timing: %-6s %6d ms cpu in %s%n", "thread", ms, kind));
      err.flush();
    }

    /**
     * Processor time per kind of thread (its name without numbers: the compiler, the collector, the
     * workers of the common pool), from {@code /proc}; empty where there is none.
     */
    private static Map<String, Long> threads() {
      Map<String, Long> kinds = new TreeMap<>();
      Path tasks = Path.of("/proc/self/task");
      if (!Files.isDirectory(tasks)) {
        return kinds;
      }
      try (Stream<Path> all = Files.list(tasks)) {
        for (Path task : (Iterable<Path>) all::iterator) {
          try {
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9#]+", "");
            kinds.merge(kind, ticks * 10, Long::sum); // ticks of 10 ms
          } catch (IOException | RuntimeException gone) {
            // a thread that ended meanwhile
          }
        }
      } catch (IOException e) {
        return kinds;
      }
      kinds.values().removeIf(ms -> ms == 0);
      return kinds;
    }
  }
}
