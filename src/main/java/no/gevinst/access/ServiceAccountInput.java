package no.gevinst.access;

import java.util.List;

/** A service account as an administrator asks for it: its user name, display name and the roles it starts with. */
public record ServiceAccountInput(String username, String displayName, List<ApiTokenInput.Scope> roles) {}
