package no.gevinst.organisation;

/** A person as a user or client sends it, checked as a whole. */
public record PersonInput(String name, String email, String title, String organisationId) {}
