package io.cohesion.examples.cli;

import io.cohesion.core.privacy.SmallGroupRule;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --k-min} option of the small-group rule (docs/privacy.md). */
final class KMinOption {
  @Option(
      names = "--k-min",
      paramLabel = "N",
      defaultValue = "" + SmallGroupRule.DEFAULT_K_MIN,
      description =
          "The smallest group that is published; smaller groups, and enough others that they"
              + " cannot be recovered from the total, are suppressed (default: ${DEFAULT-VALUE}).")
  int kMin = SmallGroupRule.DEFAULT_K_MIN;

  SmallGroupRule rule(CommandSpec spec) {
    if (kMin < 1) {
      throw new ParameterException(spec.commandLine(), "--k-min must be 1 or more, got " + kMin);
    }
    return new SmallGroupRule(kMin);
  }
}
