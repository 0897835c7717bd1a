package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A local initiative (lokaal initiatief, energiecoöperatie): who carries it, where it works and the
 * principles it does not negotiate.
 *
 * @param id the initiative id
 * @param name the initiative's name, for example {@code KetelhuisWG}
 * @param neighbourhoods where it works, at least one, unique
 * @param principles its hard criteria, with unique codes (may be empty while it is starting)
 * @param team the people who carry it
 */
@API(status = STABLE, since = "0.1.0")
public record Initiative(
    InitiativeId id,
    String name,
    List<NeighbourhoodId> neighbourhoods,
    List<Principle> principles,
    Team team) {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public Initiative {
    requireNonNull(id, "id");
    name = ValidationException.requireText("name", name, MAX_NAME_LENGTH);
    neighbourhoods = List.copyOf(neighbourhoods);
    principles = List.copyOf(principles);
    requireNonNull(team, "team of initiative " + id);
    ValidationException.require(
        !neighbourhoods.isEmpty(), "neighbourhoods", "initiative " + id + " needs a neighbourhood");
    ValidationException.require(
        Set.copyOf(neighbourhoods).size() == neighbourhoods.size(),
        "neighbourhoods",
        "initiative " + id + " names a neighbourhood twice: " + neighbourhoods);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < principles.size(); i++) {
      String code = principles.get(i).code();
      ValidationException.require(
          codes.add(code),
          "principles[" + i + "].code",
          "principle '" + code + "' is listed twice");
    }
  }

  /** A new initiative in one neighbourhood with the default principles and no team yet. */
  public static Initiative start(InitiativeId id, String name, NeighbourhoodId neighbourhood) {
    return new Initiative(id, name, List.of(neighbourhood), Principle.defaults(), Team.empty());
  }

  /** The principle with this code, if the initiative has it. */
  public Optional<Principle> principle(String code) {
    return principles.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The same initiative with another team. */
  public Initiative withTeam(Team newTeam) {
    return new Initiative(id, name, neighbourhoods, principles, newTeam);
  }

  /** The same initiative with other principles. */
  public Initiative withPrinciples(List<Principle> newPrinciples) {
    return new Initiative(id, name, neighbourhoods, newPrinciples, team);
  }
}
