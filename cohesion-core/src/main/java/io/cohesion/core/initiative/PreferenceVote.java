package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One resident's preference in a market consultation: the options they would like as partners, each
 * counted once (approval voting).
 *
 * @param voter the resident's pseudonym; one vote per resident
 * @param options the ids of the preferred options, at least one, unique
 */
@API(status = STABLE, since = "0.1.0")
public record PreferenceVote(Pseudonym voter, List<String> options) {
  public PreferenceVote {
    requireNonNull(voter, "voter");
    options = List.copyOf(options);
    ValidationException.require(
        !options.isEmpty(), "options", "the vote of " + voter + " names no option");
    for (int i = 0; i < options.size(); i++) {
      Identifiers.check("market option id", options.get(i));
    }
    ValidationException.require(
        Set.copyOf(options).size() == options.size(),
        "options",
        "the vote of " + voter + " names an option twice: " + options);
  }
}
