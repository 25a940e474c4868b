/**
 * Owns the pages and API through which people and administrators keep machine API tokens and service accounts; the
 * tokens themselves, and signing in with them, are the access module's.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "API tokens")
package no.gevinst.token;
