package no.gevinst.golive.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveInput;

/** The wave form as the page binds it; the service checks it. */
public class WaveForm {

    private String name;
    private String plannedDate;
    private String actualDate;
    private List<String> organisationIds = new ArrayList<>();
    private long version;

    static WaveForm of(Wave wave) {
        WaveForm form = new WaveForm();
        form.name = wave.name();
        form.plannedDate = wave.plannedDate().toString();
        form.actualDate = wave.actualDate() == null ? "" : wave.actualDate().toString();
        form.organisationIds =
                new ArrayList<>(wave.units().stream().map(Object::toString).toList());
        form.version = wave.version();
        return form;
    }

    WaveInput toInput() {
        return new WaveInput(name, plannedDate, actualDate, organisationIds);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(String plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getActualDate() {
        return actualDate;
    }

    public void setActualDate(String actualDate) {
        this.actualDate = actualDate;
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
