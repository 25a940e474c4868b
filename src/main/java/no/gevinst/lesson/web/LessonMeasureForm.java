package no.gevinst.lesson.web;

import jakarta.validation.constraints.NotBlank;
import no.gevinst.lesson.LessonMeasureInput;

/**
 * The form that starts a measure from a lesson. Its shape (what, who and by when given) is checked at the edge with
 * Bean Validation, in the service's own words; the rules stay there.
 */
public class LessonMeasureForm {

    @NotBlank(message = "{lesson.action.required}")
    private String action;

    @NotBlank(message = "{lesson.measure.owner.invalid}")
    private String ownerId;

    @NotBlank(message = "{lesson.measure.deadline.required}")
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
