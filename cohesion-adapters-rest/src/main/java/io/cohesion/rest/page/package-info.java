/**
 * The resident's form: plain HTML pages, served by the REST adapter without an API key, on which a
 * resident answers an open wish map or measurement with the invitation code of their letter, and
 * the printable paper forms that ask the same questions in the same order (docs/resident-form.md).
 * Answers go through the same use cases as the JSON routes; nothing here reaches a store.
 */
package io.cohesion.rest.page;
