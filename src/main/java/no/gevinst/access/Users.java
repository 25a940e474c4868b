package no.gevinst.access;

import no.gevinst.shared.UserId;

/** The user accounts of Gevinst. */
public interface Users {

    boolean exists(String username);

    /** The roles the user holds, for checks about someone other than the current user (a benefit's owner). */
    java.util.List<RoleAssignment> rolesOf(UserId user);

    /**
     * The full names of users by user name, for showing who did something (never the user name itself); names
     * that belong to no user are left out, so callers fall back to what they were given.
     */
    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames);

    /** Creates a user with a password stored only as a hash, holding the given roles. */
    UserId create(String username, String displayName, String password, RoleAssignment... roles);
}
