/** The PostgreSQL store for production: a pool over a database of version 15 or later. */
package io.cohesion.persistence.postgres;
