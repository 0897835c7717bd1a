/** The embedded SQLite store, Cohesion's default: one file in a data directory. */
package io.cohesion.persistence.sqlite;
