/**
 * The PostgreSQL store for production: over a pool of its own, or over the application's own data
 * source in a schema of its own ({@link io.cohesion.persistence.postgres.PostgresStores}).
 */
package io.cohesion.persistence.postgres;
