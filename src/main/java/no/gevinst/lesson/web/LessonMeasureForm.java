package no.gevinst.lesson.web;

import no.gevinst.lesson.LessonMeasureInput;

/** The form that starts a measure from a lesson. */
public class LessonMeasureForm {

    private String action;
    private String ownerId;
    private String deadline;

    LessonMeasureInput toInput() {
        return new LessonMeasureInput(action, ownerId, deadline);
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
