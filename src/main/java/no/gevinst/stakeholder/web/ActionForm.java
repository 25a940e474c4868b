package no.gevinst.stakeholder.web;

import no.gevinst.stakeholder.ActionInput;

/** The plan action form as the page binds it; a ticked box makes the action a measure with owner and deadline. */
public class ActionForm {

    private String description;
    private String plannedOn;
    private String channel;
    private String responsibleId;
    private boolean measure;
    private String measureOwnerId;
    private String measureDeadline;

    ActionInput toInput() {
        return new ActionInput(
                description, plannedOn, channel, responsibleId, measure, measureOwnerId, measureDeadline);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(String plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(String responsibleId) {
        this.responsibleId = responsibleId;
    }

    public boolean isMeasure() {
        return measure;
    }

    public void setMeasure(boolean measure) {
        this.measure = measure;
    }

    public String getMeasureOwnerId() {
        return measureOwnerId;
    }

    public void setMeasureOwnerId(String measureOwnerId) {
        this.measureOwnerId = measureOwnerId;
    }

    public String getMeasureDeadline() {
        return measureDeadline;
    }

    public void setMeasureDeadline(String measureDeadline) {
        this.measureDeadline = measureDeadline;
    }
}
