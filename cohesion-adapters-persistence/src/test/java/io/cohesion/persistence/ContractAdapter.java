package io.cohesion.persistence;

import io.cohesion.core.contract.ContractStores;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;

/** {@link Stores} as the contract suites see them, with an action to run after closing. */
final class ContractAdapter implements ContractStores {
  private final Stores stores;
  private final Runnable afterClose;

  private ContractAdapter(Stores stores, Runnable afterClose) {
    this.stores = stores;
    this.afterClose = afterClose;
  }

  static ContractStores of(Stores stores) {
    return new ContractAdapter(stores, () -> {});
  }

  static ContractStores of(Stores stores, Runnable afterClose) {
    return new ContractAdapter(stores, afterClose);
  }

  @Override
  public WishMapRepository wishMaps() {
    return stores.wishMaps();
  }

  @Override
  public WishMapResponseStore wishMapResponses() {
    return stores.wishMapResponses();
  }

  @Override
  public ScaleRepository scales() {
    return stores.scales();
  }

  @Override
  public MeasurementRepository measurements() {
    return stores.measurements();
  }

  @Override
  public MeasurementResponseStore measurementResponses() {
    return stores.measurementResponses();
  }

  @Override
  public InvitationRepository invitations() {
    return stores.invitations();
  }

  @Override
  public NeighbourhoodRepository neighbourhoods() {
    return stores.neighbourhoods();
  }

  @Override
  public BuildingRepository buildings() {
    return stores.buildings();
  }

  @Override
  public void close() {
    try {
      stores.close();
    } finally {
      afterClose.run();
    }
  }
}
