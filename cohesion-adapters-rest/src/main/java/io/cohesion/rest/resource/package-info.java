/**
 * The resources of the API, one class per resource of docs/api.md. Each translates HTTP to calls of
 * core ports and use cases and back; none holds state of its own.
 *
 * <p>What a resource answers is a record beside it, named after the schema of the OpenAPI document
 * it writes with {@code Body} added ({@code ActivityBody} writes {@code Activity}); shapes that
 * several resources share live in {@code Views}, the result documents in {@code
 * io.cohesion.rest.mapping.ResultJson}.
 */
package io.cohesion.rest.resource;
