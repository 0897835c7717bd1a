package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import org.apiguardian.api.API;

/**
 * The roles a local team needs. Buurkracht's teams name the technical, connecting and
 * entrepreneurial roles; a frontrunner starts things off.
 */
@API(status = STABLE, since = "0.1.0")
public enum TeamRole {
  /** Starts things off and keeps going (koploper). */
  FRONTRUNNER(new Text("koploper", "frontrunner")),
  /** Knows people and brings them together (verbinder). */
  CONNECTOR(new Text("verbinder", "connector")),
  /** Gets things done, organises and decides (ondernemer). */
  ENTREPRENEUR(new Text("ondernemer", "entrepreneur")),
  /** Knows the technology (techneut). */
  TECHNICAL(new Text("techneut", "technical"));

  private final Text label;

  TeamRole(Text label) {
    this.label = label;
  }

  /** The role's label in Dutch and English. */
  public Text label() {
    return label;
  }
}
