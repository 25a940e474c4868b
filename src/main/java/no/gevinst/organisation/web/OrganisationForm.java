package no.gevinst.organisation.web;

import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;

/** The organisation form as the page binds it; the service checks it. */
public class OrganisationForm {

    private String name;
    private String type;
    private String organisationNumber;
    private String parentId;
    private long version;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.name();
        form.type = organisation.type().name();
        form.organisationNumber = organisation.organisationNumber().formatted();
        form.parentId =
                organisation.parent() == null ? "" : organisation.parent().toString();
        form.version = organisation.version();
        return form;
    }

    OrganisationInput toInput() {
        return new OrganisationInput(name, type, organisationNumber, parentId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
