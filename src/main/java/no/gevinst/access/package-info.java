/** Owns users, the roles they hold in organisations, login and the authorisation of writes. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package no.gevinst.access;
