/** Architecture tests of cohesion-core, and fixtures that show each rule can fail. */
package io.cohesion.core.architecture;
