package no.gevinst.maturity.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundInput;
import no.gevinst.maturity.RoundUnit;

/** The round form as the page binds it; the service checks it. */
public class RoundForm {

    private String name;
    private String template = "standard";
    private String opensOn;
    private String closesOn;
    private String waveId;
    private List<String> organisationIds = new ArrayList<>();
    private long version;

    static RoundForm of(Round round) {
        RoundForm form = new RoundForm();
        form.name = round.name();
        form.template = round.template();
        form.opensOn = round.opensOn().toString();
        form.closesOn = round.closesOn().toString();
        form.organisationIds = new ArrayList<>(round.units().stream()
                .filter(RoundUnit::chosen)
                .map(u -> u.organisation().toString())
                .toList());
        form.version = round.version();
        return form;
    }

    RoundInput toInput() {
        return new RoundInput(name, template, opensOn, closesOn, organisationIds, waveId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getWaveId() {
        return waveId;
    }

    public void setWaveId(String waveId) {
        this.waveId = waveId;
    }

    public List<String> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<String> organisationIds) {
        this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
