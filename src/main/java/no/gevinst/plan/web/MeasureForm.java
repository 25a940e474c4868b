package no.gevinst.plan.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.plan.Plans;
import org.jspecify.annotations.Nullable;

/** A new measure as the page binds it: text as typed, so a refused one is shown again with what was chosen. */
public class MeasureForm {

    private @Nullable String action;
    private List<String> benefitIds = new ArrayList<>();
    private @Nullable String responsibleId;
    private @Nullable String deadline;
    private @Nullable String status;
    private @Nullable String cost;

    Plans.MeasureInput toInput() {
        return new Plans.MeasureInput(action, benefitIds, responsibleId, deadline, status, cost);
    }

    public @Nullable String getAction() {
        return action;
    }

    public void setAction(@Nullable String action) {
        this.action = action;
    }

    public List<String> getBenefitIds() {
        return benefitIds;
    }

    public void setBenefitIds(@Nullable List<String> benefitIds) {
        this.benefitIds = benefitIds == null ? new ArrayList<>() : new ArrayList<>(benefitIds);
    }

    public @Nullable String getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(@Nullable String responsibleId) {
        this.responsibleId = responsibleId;
    }

    public @Nullable String getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable String deadline) {
        this.deadline = deadline;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getCost() {
        return cost;
    }

    public void setCost(@Nullable String cost) {
        this.cost = cost;
    }
}
