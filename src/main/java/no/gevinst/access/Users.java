package no.gevinst.access;

import no.gevinst.shared.UserId;

/** The user accounts of Gevinst. */
public interface Users {

    boolean exists(String username);

    /** Creates a user with a password stored only as a hash, holding the given roles. */
    UserId create(String username, String displayName, String password, RoleAssignment... roles);
}
