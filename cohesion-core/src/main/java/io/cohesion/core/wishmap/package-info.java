/**
 * The wish map (wensenkaart): the values residents rate, the responses they give, the value
 * catalogue and the mobilisation block (SPEC §5.3, §9).
 */
package io.cohesion.core.wishmap;
