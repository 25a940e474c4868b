package no.gevinst.organisation.web;

import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;

/** The person form as the page binds it. */
public class PersonForm {

    private String name;
    private String email;
    private String title;
    private String organisationId;
    private long version;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.email = person.email();
        form.title = person.title();
        form.organisationId = person.organisation().toString();
        form.version = person.version();
        return form;
    }

    PersonInput toInput() {
        return new PersonInput(name, email, title, organisationId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
