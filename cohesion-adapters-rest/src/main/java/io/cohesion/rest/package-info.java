/**
 * The REST adapter of Cohesion: the whole method over HTTP, following the Dutch government API
 * Design Rules. {@link io.cohesion.rest.CohesionApi} builds the server from core ports and an
 * {@link io.cohesion.rest.ApiConfig}; the composition root chooses the store behind the ports.
 */
package io.cohesion.rest;
