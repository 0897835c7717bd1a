/**
 * The HTTP conventions every resource shares, each in one place: problem+json errors, access by API
 * key or invitation, strict JSON bodies with a size limit, paging links, entity tags and
 * preconditions, idempotency keys, security headers and CORS.
 */
package io.cohesion.rest.http;
