package no.gevinst.access;

import no.gevinst.shared.UserId;

/** The user accounts of Gevinst. */
public interface Users {

    boolean exists(String username);

    /** The roles the user holds, for checks about someone other than the current user (a benefit's owner). */
    java.util.List<RoleAssignment> rolesOf(UserId user);

    /** Creates a user with a password stored only as a hash, holding the given roles. */
    UserId create(String username, String displayName, String password, RoleAssignment... roles);
}
