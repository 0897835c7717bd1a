package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import org.apiguardian.api.API;

/**
 * Who lives in or uses a building. A neighbourhood approach reaches all of them, not only the
 * owner-occupiers who can decide alone.
 */
@API(status = STABLE, since = "0.1.0")
public enum StakeholderKind {
  /** Households renting their home (huurders). */
  TENANTS(new Text("huurders", "tenants")),
  /** Households owning the home they live in (eigenaar-bewoners). */
  OWNER_OCCUPIERS(new Text("eigenaar-bewoners", "owner-occupiers")),
  /** An owners' association deciding for a building (Vereniging van Eigenaars, VvE). */
  OWNER_ASSOCIATION(new Text("Vereniging van Eigenaars (VvE)", "owner association (VvE)")),
  /** Shops, offices and other businesses (ondernemers). */
  BUSINESSES(new Text("ondernemers", "businesses")),
  /** Care homes, housing corporations, the municipality and other institutions. */
  INSTITUTIONS(new Text("instellingen", "institutions")),
  /** Schools. */
  SCHOOLS(new Text("scholen", "schools")),
  /** Sports clubs, associations and other clubs (verenigingen). */
  CLUBS(new Text("verenigingen", "clubs"));

  private final Text label;

  StakeholderKind(Text label) {
    this.label = label;
  }

  /** The kind's label in Dutch and English. */
  public Text label() {
    return label;
  }
}
