/**
 * Persistence adapters for Cohesion's repository ports: choose a store with {@link
 * io.cohesion.persistence.StoreConfig} and open it with {@link
 * io.cohesion.persistence.Stores#open}. In memory for tests, SQLite embedded by default, PostgreSQL
 * for production; all three pass the same contract suites.
 */
package io.cohesion.persistence;
