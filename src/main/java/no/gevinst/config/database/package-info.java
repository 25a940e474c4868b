/**
 * The database wiring: the embedded PostgreSQL (durable, password-protected, restarted when it dies), the roles
 * Gevinst and its migrations connect as, and the 503 answer while the database is gone.
 */
@org.jspecify.annotations.NullMarked
package no.gevinst.config.database;
