package no.gevinst.lesson.web;

import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.PilotInput;
import no.gevinst.lesson.RollOut;

/** The pilot form as the page binds it. */
public class PilotForm {

    private String what;
    private String unitId;
    private String startsOn;
    private String endsOn;
    private String outcome;
    private String decision = RollOut.PENDING.name();
    private String decidedOn;
    private String decidedById;
    private String version = "0";

    static PilotForm of(Pilot pilot) {
        PilotForm form = new PilotForm();
        form.what = pilot.what();
        form.unitId = pilot.unit().toString();
        form.startsOn = pilot.startsOn().toString();
        form.endsOn = pilot.endsOn() == null ? "" : pilot.endsOn().toString();
        form.outcome = pilot.outcome();
        form.decision = pilot.decision().name();
        form.decidedOn = pilot.decidedOn() == null ? "" : pilot.decidedOn().toString();
        form.decidedById = pilot.decidedBy() == null ? "" : pilot.decidedBy().toString();
        form.version = Long.toString(pilot.version());
        return form;
    }

    PilotInput toInput() {
        return new PilotInput(what, unitId, startsOn, endsOn, outcome, decision, decidedOn, decidedById);
    }

    long expectedVersion() {
        return LessonForm.Versions.parse(version);
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecidedById() {
        return decidedById;
    }

    public void setDecidedById(String decidedById) {
        this.decidedById = decidedById;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
