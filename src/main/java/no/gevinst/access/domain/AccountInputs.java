package no.gevinst.access.domain;

/** What pages and API clients send to administer accounts: text as typed, judged by the services. */
public final class AccountInputs {

    private AccountInputs() {}

    /** A local account with a password of its own. */
    public record NewUser(String username, String displayName, String email, String password) {}

    /**
     * An account for a person who will sign in through an identity provider: the first sign-in whose verified
     * e-mail matches takes it up. The user name is made from the e-mail address when none is given.
     */
    public record Invitation(String email, String displayName, String username) {}

    /** The details of an account that can be corrected. */
    public record Details(String displayName, String email) {}

    /** A role in an organisation, optionally only for one programme; no organisation means everywhere. */
    public record GrantInput(String role, String organisationId, String programmeId) {}

    /** A user changing their own password: the present one, and the new one twice. */
    public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {}
}
