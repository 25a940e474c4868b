package no.gevinst.plan.web;

import no.gevinst.plan.Plans;
import org.jspecify.annotations.Nullable;

/** A new risk as the page binds it: text as typed, so a refused one is shown again with what was chosen. */
public class RiskForm {

    private @Nullable String description;
    private @Nullable String benefitId;
    private @Nullable String cause;
    private @Nullable String consequence;
    private @Nullable String probability;
    private @Nullable String impact;
    private @Nullable String mitigation;
    private @Nullable String ownerId;
    private @Nullable String status;

    Plans.RiskInput toInput() {
        return new Plans.RiskInput(
                description, benefitId, cause, consequence, probability, impact, mitigation, ownerId, status);
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getBenefitId() {
        return benefitId;
    }

    public void setBenefitId(@Nullable String benefitId) {
        this.benefitId = benefitId;
    }

    public @Nullable String getCause() {
        return cause;
    }

    public void setCause(@Nullable String cause) {
        this.cause = cause;
    }

    public @Nullable String getConsequence() {
        return consequence;
    }

    public void setConsequence(@Nullable String consequence) {
        this.consequence = consequence;
    }

    public @Nullable String getProbability() {
        return probability;
    }

    public void setProbability(@Nullable String probability) {
        this.probability = probability;
    }

    public @Nullable String getImpact() {
        return impact;
    }

    public void setImpact(@Nullable String impact) {
        this.impact = impact;
    }

    public @Nullable String getMitigation() {
        return mitigation;
    }

    public void setMitigation(@Nullable String mitigation) {
        this.mitigation = mitigation;
    }

    public @Nullable String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable String ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }
}
