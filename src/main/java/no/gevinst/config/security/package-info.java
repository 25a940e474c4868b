/** Security wiring: the filter chains, sign-in by form, bearer token and basic auth, CSRF, session and response headers. */
@org.jspecify.annotations.NullMarked
package no.gevinst.config.security;
