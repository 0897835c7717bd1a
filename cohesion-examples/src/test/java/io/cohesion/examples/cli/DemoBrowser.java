package io.cohesion.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import picocli.CommandLine;

/**
 * What the browser tests share: Debian's headless Chromium and its driver, and {@code serve --demo}
 * in the test's own process with the keys it prints.
 */
final class DemoBrowser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private DemoBrowser() {}

  /**
   * Skips the calling test class when Chromium or its driver is missing, unless {@code CI=true},
   * where their absence is a failure: CI installs them.
   */
  static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String missing =
        "Chromium or its driver is missing ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "): install them with `apt-get install chromium chromium-driver`";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + missing);
    }
    Assumptions.abort("Browser tests skipped: " + missing);
  }

  /**
   * Starts {@code serve --demo} on a free port over {@code dataDir}; what it prints goes to out.
   */
  static ServeCommand.Running serveDemo(Path dataDir, StringWriter out) {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    line.parseArgs("--port", "0", "--data-dir", dataDir.toString(), "--demo");
    return command.start(Map.of());
  }

  /** The key of {@code role} that the demo server printed. */
  static String printedKey(StringWriter out, String role) {
    return out.toString()
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith(role + " "))
        .map(l -> l.split("\\s+")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " key printed:\n" + out));
  }

  /**
   * Headless Chromium with nothing that reaches the network by itself, a profile of the test's own
   * and a window of the given size at a device scale of 1.
   */
  static ChromeOptions options(Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=" + width + "," + height,
        "--force-device-scale-factor=1");
    return options;
  }

  /** Debian's chromedriver on a free port. */
  static ChromeDriverService driverService() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
  }
}
