/**
 * The resources of the API, one class per resource of docs/api.md. Each translates HTTP to calls of
 * core ports and use cases and back; none holds state of its own.
 */
package io.cohesion.rest.resource;
