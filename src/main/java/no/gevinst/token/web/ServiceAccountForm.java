package no.gevinst.token.web;

import java.util.List;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.ServiceAccountInput;

/** The new-service-account form as the page binds it: the account and the one role it starts with. */
public class ServiceAccountForm {

    private String username;
    private String displayName;
    private String role;
    private String organisationId;
    private String programmeId;

    ServiceAccountInput toInput() {
        return new ServiceAccountInput(
                username, displayName, List.of(new ApiTokenInput.Scope(role, organisationId, programmeId)));
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
}
