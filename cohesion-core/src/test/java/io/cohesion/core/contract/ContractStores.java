package io.cohesion.core.contract;

import io.cohesion.core.application.CohesionPorts;

/**
 * One fresh, empty store as the contract suites see it: every output port of core over the same
 * data. An adapter's test returns a new one from its factory method and the suite closes it after
 * each test.
 */
public interface ContractStores extends CohesionPorts, AutoCloseable {
  @Override
  void close();

  /**
   * Closes this store and opens the same data again, as after a restart of the process. A store
   * that keeps nothing past closing (in memory) stays open and returns itself.
   */
  default ContractStores reopen() {
    return this;
  }
}
