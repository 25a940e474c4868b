/** Owns the wiring: security, web and i18n, and the database (embedded or external PostgreSQL). */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package no.gevinst.config;
