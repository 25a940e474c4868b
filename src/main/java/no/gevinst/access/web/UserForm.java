package no.gevinst.access.web;

import no.gevinst.access.domain.AccountInputs;

/** The administration forms as the pages bind them: a new user, an invitation, the details, a grant. */
public class UserForm {

    private String username;
    private String displayName;
    private String email;
    private String password;
    private String role;
    private String organisationId;
    private String programmeId;
    private long version;

    static UserForm details(UserResource user) {
        UserForm form = new UserForm();
        form.displayName = user.displayName();
        form.email = user.email();
        form.version = user.version();
        return form;
    }

    static UserForm grant(long version) {
        UserForm form = new UserForm();
        form.version = version;
        return form;
    }

    AccountInputs.NewUser toNewUser() {
        return new AccountInputs.NewUser(username, displayName, email, password);
    }

    AccountInputs.Invitation toInvitation() {
        return new AccountInputs.Invitation(email, displayName, username);
    }

    AccountInputs.Details toDetails() {
        return new AccountInputs.Details(displayName, email);
    }

    AccountInputs.GrantInput toGrant() {
        return new AccountInputs.GrantInput(role, organisationId, programmeId);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Never lets a typed password into logs. */
    @Override
    public String toString() {
        return "UserForm[" + username + "]";
    }
}
