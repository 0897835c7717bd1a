/**
 * Printable invitation letters: one A4 page per invitation code, with a short text in Dutch or
 * English, the code, the link to the resident's form and a QR code of that link
 * (docs/api.md#invitation-letters). Letters are made from a batch at the moment it is issued, the
 * only moment its codes exist in the clear.
 */
package io.cohesion.rest.letters;
