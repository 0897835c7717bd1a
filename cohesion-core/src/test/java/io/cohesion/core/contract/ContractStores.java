package io.cohesion.core.contract;

import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;

/**
 * One fresh, empty store as the contract suites see it: every port over the same data. An adapter's
 * test returns a new one from its factory method and the suite closes it after each test.
 */
public interface ContractStores extends AutoCloseable {
  WishMapRepository wishMaps();

  WishMapResponseStore wishMapResponses();

  ScaleRepository scales();

  MeasurementRepository measurements();

  MeasurementResponseStore measurementResponses();

  InvitationRepository invitations();

  NeighbourhoodRepository neighbourhoods();

  BuildingRepository buildings();

  @Override
  void close();
}
