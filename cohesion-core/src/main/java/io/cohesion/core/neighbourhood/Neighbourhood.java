package io.cohesion.core.neighbourhood;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A neighbourhood (buurt, wijk or dorp) where an initiative works.
 *
 * @param id the neighbourhood id
 * @param name the name residents use, for example {@code Nij Beets}
 * @param municipality the municipality, for example {@code Opsterland}
 * @param cbsCode the area code of Statistics Netherlands, when the neighbourhood matches one
 */
@API(status = STABLE, since = "0.1.0")
public record Neighbourhood(
    NeighbourhoodId id, String name, String municipality, Optional<CbsCode> cbsCode) {

  /** The longest name or municipality accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public Neighbourhood {
    requireNonNull(id, "id");
    name = ValidationException.requireText("name", name, MAX_NAME_LENGTH);
    municipality = ValidationException.requireText("municipality", municipality, MAX_NAME_LENGTH);
    requireNonNull(cbsCode, "cbsCode of neighbourhood " + id);
  }

  /** A neighbourhood without a CBS code. */
  public static Neighbourhood of(NeighbourhoodId id, String name, String municipality) {
    return new Neighbourhood(id, name, municipality, Optional.empty());
  }

  /** The same neighbourhood with a CBS code. */
  public Neighbourhood withCbsCode(CbsCode code) {
    return new Neighbourhood(id, name, municipality, Optional.of(code));
  }
}
