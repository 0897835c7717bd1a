/**
 * Architecture tests over every module, and fixtures that show each rule can fail. The rules inside
 * core are tested in core.
 */
package io.cohesion.examples.architecture;
