/** Web wiring: the page model and advice, the problem answers of the API, request guards, languages, OpenAPI and static resources. */
@org.jspecify.annotations.NullMarked
package no.gevinst.config.web;
