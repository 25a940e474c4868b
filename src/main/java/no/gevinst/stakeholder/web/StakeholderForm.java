package no.gevinst.stakeholder.web;

import jakarta.validation.constraints.NotBlank;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderInput;

/**
 * The stakeholder form as the page binds it: text only, which the service parses and checks. Its shape (a name and
 * both scores given) is checked at the edge with Bean Validation, in the service's own words; the rules stay there.
 */
public class StakeholderForm {

    @NotBlank(message = "{stakeholder.name.required}")
    private String name;

    private String kind;

    @NotBlank(message = "{stakeholder.score.required}")
    private String interest;

    @NotBlank(message = "{stakeholder.score.required}")
    private String influence;

    private String concerns;
    private String organisationId;
    private String version = "0";

    static StakeholderForm of(Stakeholder s) {
        StakeholderForm form = new StakeholderForm();
        form.name = s.name();
        form.kind = s.kind().name();
        form.interest = Integer.toString(s.interest());
        form.influence = Integer.toString(s.influence());
        form.concerns = s.concerns();
        form.organisationId = s.organisation() == null ? "" : s.organisation().toString();
        form.version = Long.toString(s.version());
        return form;
    }

    StakeholderInput toInput() {
        return new StakeholderInput(name, kind, interest, influence, concerns, organisationId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public String getInfluence() {
        return influence;
    }

    public void setInfluence(String influence) {
        this.influence = influence;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
