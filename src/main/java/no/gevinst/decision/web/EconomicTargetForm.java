package no.gevinst.decision.web;

import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's kroner in a year and class as the decision page binds it, with the version of the decision read;
 * the removal of a target sends the same fields without the kroner, so a refused removal shows them in this form.
 */
public class EconomicTargetForm {

    private @Nullable String organisation;
    private @Nullable String year;
    private @Nullable String benefitClass;
    private @Nullable String nok;
    private @Nullable String version;

    static EconomicTargetForm of(long version) {
        EconomicTargetForm form = new EconomicTargetForm();
        form.version = Long.toString(version);
        return form;
    }

    EconomicTargetInput toInput() {
        return new EconomicTargetInput(organisation, year, benefitClass, nok);
    }

    EconomicTargetKey toKey() {
        return new EconomicTargetKey(organisation, year, benefitClass);
    }

    long expectedVersion() {
        return FormVersion.required(version);
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getYear() {
        return year;
    }

    public void setYear(@Nullable String year) {
        this.year = year;
    }

    public @Nullable String getBenefitClass() {
        return benefitClass;
    }

    public void setBenefitClass(@Nullable String benefitClass) {
        this.benefitClass = benefitClass;
    }

    public @Nullable String getNok() {
        return nok;
    }

    public void setNok(@Nullable String nok) {
        this.nok = nok;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
