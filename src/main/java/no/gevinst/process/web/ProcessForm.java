package no.gevinst.process.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessInput;

/** The process form as the page binds it: text only, which the service parses and checks. */
public class ProcessForm {

    private String name;
    private String kind;
    private String ownerId;
    private String description;
    private List<String> organisationIds = new ArrayList<>();
    private List<String> indicatorIds = new ArrayList<>();
    private String version = "0";

    static ProcessForm of(Process p) {
        ProcessForm form = new ProcessForm();
        form.name = p.name();
        form.kind = p.kind().name();
        form.ownerId = p.owner().toString();
        form.description = p.description();
        form.organisationIds =
                new ArrayList<>(p.organisations().stream().map(Object::toString).toList());
        form.indicatorIds =
                new ArrayList<>(p.indicators().stream().map(Object::toString).toList());
        form.version = Long.toString(p.version());
        return form;
    }

    ProcessInput toInput() {
        return new ProcessInput(name, kind, ownerId, description, organisationIds, indicatorIds);
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

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<String> organisationIds) {
        this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds;
    }

    public List<String> getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(List<String> indicatorIds) {
        this.indicatorIds = indicatorIds == null ? new ArrayList<>() : indicatorIds;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
