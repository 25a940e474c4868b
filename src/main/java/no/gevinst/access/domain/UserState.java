package no.gevinst.access.domain;

/** Where an account stands: in use, switched off, or waiting for someone to grant it a role. */
public enum UserState {
    ACTIVE,
    DEACTIVATED,
    /** Enabled but holding no role: typically created by a first sign-in through an identity provider. */
    PENDING;

    public String messageKey() {
        return "users.state." + name();
    }
}
