/** The implementation of the activity use cases; not API. */
package io.cohesion.core.activity.internal;
