/**
 * Neighbourhoods (buurt, wijk, dorp), their buildings and the kinds of stakeholders who live in or
 * use them, with the use case that registers them ({@link
 * io.cohesion.core.neighbourhood.ManageNeighbourhoods}) and the stores it needs.
 */
package io.cohesion.core.neighbourhood;
