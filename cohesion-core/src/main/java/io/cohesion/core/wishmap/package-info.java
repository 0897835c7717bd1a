/**
 * The wish map (wensenkaart): the values residents rate, the responses they give, the value
 * catalogue and the mobilisation block (docs/scoring.md#53-red-thread, docs/instruments.md).
 */
package io.cohesion.core.wishmap;
