/** Neighbourhoods (buurt, wijk, dorp), their buildings and stakeholders. */
package io.cohesion.core.neighbourhood;
