package no.gevinst.organisation;

/**
 * What a user or client sends to create or change an organisation, as typed: it is checked as a whole so
 * that every bad field is named at once. The field names are those of the form and of the API.
 */
public record OrganisationInput(String name, String type, String organisationNumber, String parentId) {}
