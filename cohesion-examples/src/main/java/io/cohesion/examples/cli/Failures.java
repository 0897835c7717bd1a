package io.cohesion.examples.cli;

import io.cohesion.core.CohesionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into an exit code and one line on stderr: 2 for bad input (a file that
 * breaks its format, a file that cannot be read, a bad option), 1 for anything unexpected. Stack
 * traces are for bugs only, and only when {@code COHESION_DEBUG} is set.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** Exit code for input the command cannot use. */
  static final int BAD_INPUT = 2;

  /** Exit code for a failure that is not the user's doing. */
  static final int UNEXPECTED = 1;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String prefix = command.getCommandSpec().qualifiedName() + ": ";
    Throwable cause =
        exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
    if (cause instanceof CohesionException || cause instanceof BadInputException) {
      err.println(prefix + oneLine(cause.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof NoSuchFileException missing) {
      err.println(prefix + missing.getFile() + ": no such file");
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof AccessDeniedException denied) {
      err.println(prefix + denied.getFile() + ": permission denied");
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof IOException io) {
      err.println(prefix + "cannot read the input: " + oneLine(io.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    err.println(prefix + "unexpected failure: " + oneLine(String.valueOf(cause)));
    if (System.getenv("COHESION_DEBUG") != null) {
      cause.printStackTrace(err);
    } else {
      err.println("(set COHESION_DEBUG=1 to see where it happened)");
    }
    err.flush();
    return UNEXPECTED;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + oneLine(exception.getMessage()));
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return BAD_INPUT;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
