/** The access module's users, roles held in organisations, passwords, tokens, identity providers, sign-in and the authorisation of writes, with their repositories. */
@org.jspecify.annotations.NullMarked
package no.gevinst.access.domain;
