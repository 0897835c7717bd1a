/**
 * The scoring SPI: interfaces researchers implement to plug in their own strategies, found through
 * {@link java.util.ServiceLoader} and selected by name. Methods are added as {@code default}
 * methods so existing implementations keep compiling.
 */
package io.cohesion.core.scoring.spi;
