package no.gevinst.maturity.web;

import no.gevinst.maturity.MeasureInput;

/** The measure form as the round page binds it: started from a weak cell, with the cell's dimension and unit. */
public class MeasureForm {

    private String dimension;
    private String unitId;
    private String action;
    private String ownerId;
    private String deadline;

    MeasureInput toInput() {
        return new MeasureInput(dimension, unitId, action, ownerId, deadline);
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }
}
