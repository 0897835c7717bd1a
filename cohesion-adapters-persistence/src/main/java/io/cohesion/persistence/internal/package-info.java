/**
 * The SQL implementation shared by SQLite and PostgreSQL, their dialects and the stored form of
 * definitions and responses. Not API: use {@link io.cohesion.persistence.Stores}.
 */
package io.cohesion.persistence.internal;
