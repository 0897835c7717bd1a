/**
 * The shared kernel of Cohesion's core: the exception hierarchy, bilingual {@link
 * io.cohesion.core.Text}, {@link io.cohesion.core.ResponseRange}, ids, paging and versions. Feature
 * packages below depend on it; it depends on none of them.
 */
package io.cohesion.core;
