package io.cohesion.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
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
    })
public final class CohesionCli implements Runnable {
  /**
   * The subcommands by name, in the order the usage lists them. They are registered in code rather
   * than in the annotation so that a run of one of them builds only its own model: picocli reads
   * every registered command's options, mixins and help texts by reflection when the command line
   * is built, which is a noticeable part of a short command's start.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("demo", DemoCommand::new);
    commands.put("score", ScoreCommand::new);
    commands.put("red-thread", RedThreadCommand::new);
    commands.put("compare", CompareCommand::new);
    commands.put("model", ModelCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("serve", ServeCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    WarmUp.startFor(args);
    System.exit(newCommandLine(args).execute(args));
  }

  /** A configured command line; tests call {@code execute} on it instead of {@link #main}. */
  public static CommandLine newCommandLine() {
    return newCommandLine(new String[0]);
  }

  /**
   * A command line for these arguments: when the first names a subcommand, only that subcommand is
   * registered, and every subcommand otherwise (for the usage, {@code help} and the suggestions
   * that follow a mistyped name). Either way the arguments run exactly as with every subcommand.
   */
  static CommandLine newCommandLine(String[] args) {
    Failures failures = new Failures();
    CommandLine commandLine =
        new CommandLine(new CohesionCli())
            .setExecutionExceptionHandler(failures)
            .setParameterExceptionHandler(failures);
    if (args.length > 0 && COMMANDS.containsKey(args[0])) {
      commandLine.addSubcommand(args[0], COMMANDS.get(args[0]).get());
    } else {
      commandLine.addSubcommand("help", new CommandLine.HelpCommand());
      for (Map.Entry<String, Supplier<Object>> command : COMMANDS.entrySet()) {
        commandLine.addSubcommand(command.getKey(), command.getValue().get());
      }
    }
    return commandLine;
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do but explain what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
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
