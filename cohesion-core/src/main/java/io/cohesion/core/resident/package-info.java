/**
 * A resident's rights over their own answers: {@link io.cohesion.core.resident.ResidentData} hands
 * over, or erases, every answer stored under the pseudonym of their invitation code.
 *
 * <p>It is a feature of its own rather than part of {@code privacy} because it reads the response
 * stores of {@code wishmap} and {@code trust}, which themselves build on {@code privacy}: feature
 * packages depend on each other in one direction only.
 */
package io.cohesion.core.resident;
