package io.cohesion.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cohesion} command line: the composition root that wires core to its adapters.
 *
 * <p>Every subcommand prints its result on stdout and progress on stderr, and exits non-zero with a
 * one-line reason on bad input.
 */
@Command(
    name = "cohesion",
    mixinStandardHelpOptions = true,
    versionProvider = CohesionCli.Version.class,
    description = {
      "Social cohesion for local energy initiatives: wish maps, the red thread, creative"
          + " activities and trust measurement.",
      ""
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      ScoreCommand.class,
      RedThreadCommand.class,
      CompareCommand.class,
      ModelCommand.class,
      ImportCommand.class,
      ServeCommand.class,
    })
public final class CohesionCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** A configured command line; tests call {@code execute} on it instead of {@link #main}. */
  public static CommandLine newCommandLine() {
    Failures failures = new Failures();
    return new CommandLine(new CohesionCli())
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do but explain what there is.
    spec.commandLine().usage(System.out);
  }

  /** Reads the version that the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = CohesionCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"cohesion " + properties.getProperty("version", "unknown")};
    }
  }
}
