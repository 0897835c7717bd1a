package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The people who carry an initiative, and the advice the method gives about them.
 *
 * @param members the members, with unique names (compared without regard to case)
 */
@API(status = STABLE, since = "0.1.0")
public record Team(List<TeamMember> members) {

  /** The smallest team the method counts on. */
  public static final int MINIMUM_SIZE = 3;

  /** The size the method advises. */
  public static final int ADVISED_SIZE = 5;

  public Team {
    members = List.copyOf(members);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      String name = members.get(i).name();
      ValidationException.require(
          names.add(name.toLowerCase(Locale.ROOT)),
          "members[" + i + "].name",
          "'" + name + "' is already a member");
    }
  }

  /** A team of the given members. */
  public static Team of(TeamMember... members) {
    return new Team(List.of(members));
  }

  /** A team without members yet. */
  public static Team empty() {
    return new Team(List.of());
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /** How many members take {@code role}. */
  public int count(TeamRole role) {
    return (int) members.stream().filter(m -> m.has(role)).count();
  }

  /**
   * The method's advice about this team, in a fixed order: size, connector, entrepreneur, talking
   * club. A member with several roles counts for each of them, so a technical connector counts as
   * technical too. An empty list means the team has what the method asks.
   */
  public List<TeamAdvice> advice() {
    List<TeamAdvice> advice = new ArrayList<>();
    int size = size();
    if (size < MINIMUM_SIZE) {
      advice.add(
          new TeamAdvice(
              TeamAdvice.Kind.TOO_SMALL,
              new Text(
                  "Een team heeft minstens "
                      + MINIMUM_SIZE
                      + " mensen nodig; dit team heeft er "
                      + size
                      + ".",
                  "A team needs at least "
                      + MINIMUM_SIZE
                      + " people; this team has "
                      + size
                      + ".")));
    } else if (size < ADVISED_SIZE) {
      advice.add(
          new TeamAdvice(
              TeamAdvice.Kind.FIVE_IS_BETTER,
              new Text(
                  "Met " + size + " mensen kan het; met " + ADVISED_SIZE + " gaat het beter.",
                  size + " people can do it; " + ADVISED_SIZE + " do it better.")));
    }
    if (count(TeamRole.CONNECTOR) == 0) {
      advice.add(
          new TeamAdvice(
              TeamAdvice.Kind.NO_CONNECTOR,
              new Text(
                  "Zoek een verbinder: iemand die mensen kent en bij elkaar brengt.",
                  "Find a connector: someone who knows people and brings them together.")));
    }
    if (count(TeamRole.ENTREPRENEUR) == 0) {
      advice.add(
          new TeamAdvice(
              TeamAdvice.Kind.NO_ENTREPRENEUR,
              new Text(
                  "Zoek een ondernemer: iemand die organiseert en knopen doorhakt.",
                  "Find an entrepreneur: someone who organises and makes decisions.")));
    }
    int technical = count(TeamRole.TECHNICAL);
    if (2 * technical > size) {
      advice.add(
          new TeamAdvice(
              TeamAdvice.Kind.TALKING_CLUB_RISK,
              new Text(
                  technical
                      + " van de "
                      + size
                      + " leden zijn techneut: pas op voor een praatclub.",
                  technical
                      + " of "
                      + size
                      + " members are technical: beware of a talking club.")));
    }
    return List.copyOf(advice);
  }

  /** Whether the advice holds no concern (suggestions may remain). */
  public boolean isSound() {
    return advice().stream().noneMatch(a -> a.severity() == TeamAdvice.Severity.CONCERN);
  }
}
