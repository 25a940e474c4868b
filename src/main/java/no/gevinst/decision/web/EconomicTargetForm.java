package no.gevinst.decision.web;

import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's kroner in a year and class as the decision page binds it, with the version of the decision read;
 * the removal of a target sends the same fields without the kroner, so a refused removal shows them in this form.
 */
public class EconomicTargetForm extends TargetForm {

    private @Nullable String year;
    private @Nullable String benefitClass;
    private @Nullable String nok;

    static EconomicTargetForm of(long version) {
        EconomicTargetForm form = new EconomicTargetForm();
        form.setVersion(Long.toString(version));
        return form;
    }

    EconomicTargetInput toInput() {
        return new EconomicTargetInput(getOrganisation(), year, benefitClass, nok);
    }

    EconomicTargetKey toKey() {
        return new EconomicTargetKey(getOrganisation(), year, benefitClass);
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
}
