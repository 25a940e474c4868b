package no.gevinst.plan.web;

import no.gevinst.plan.Plans;
import org.jspecify.annotations.Nullable;

/** A new plan as typed: whose plan it is (empty for the whole programme's) and its title. */
public class PlanForm {

    private @Nullable String partyId;
    private @Nullable String title;

    static PlanForm titled(String title) {
        PlanForm form = new PlanForm();
        form.title = title;
        return form;
    }

    Plans.PlanInput toInput() {
        return new Plans.PlanInput(partyId, title);
    }

    public @Nullable String getPartyId() {
        return partyId;
    }

    public void setPartyId(@Nullable String partyId) {
        this.partyId = partyId;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }
}
