package no.gevinst.valuation.web;

import no.gevinst.shared.Inputs;
import no.gevinst.shared.Versions;
import no.gevinst.valuation.EconomicSettings;
import org.jspecify.annotations.Nullable;

/**
 * The analysis period and working hours as the valuation page binds them, with the version of the settings read; a
 * form without the working hours (an older page) keeps what the programme has.
 */
public class PeriodForm {

    private @Nullable String firstYear;
    private @Nullable String lastYear;
    private @Nullable String realPriceAdjustment;
    private @Nullable String workingHoursPerPerson;
    private @Nullable String version;

    static PeriodForm of(EconomicSettings settings, @Nullable Long version) {
        PeriodForm form = new PeriodForm();
        form.firstYear = Integer.toString(settings.firstYear());
        form.lastYear = Integer.toString(settings.lastYear());
        form.realPriceAdjustment = Boolean.toString(settings.realPriceAdjustment());
        form.workingHoursPerPerson =
                settings.workingHoursPerPerson().stripTrailingZeros().toPlainString();
        form.version = version == null ? null : Long.toString(version);
        return form;
    }

    boolean realPrices() {
        return "true".equals(realPriceAdjustment);
    }

    /** The version read; null when the form names none (settings never saved). */
    @Nullable
    Long expectedVersion() {
        return Inputs.text(version).isEmpty() ? null : Versions.expected(null, version);
    }

    public @Nullable String getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(@Nullable String firstYear) {
        this.firstYear = firstYear;
    }

    public @Nullable String getLastYear() {
        return lastYear;
    }

    public void setLastYear(@Nullable String lastYear) {
        this.lastYear = lastYear;
    }

    public @Nullable String getRealPriceAdjustment() {
        return realPriceAdjustment;
    }

    public void setRealPriceAdjustment(@Nullable String realPriceAdjustment) {
        this.realPriceAdjustment = realPriceAdjustment;
    }

    public @Nullable String getWorkingHoursPerPerson() {
        return workingHoursPerPerson;
    }

    public void setWorkingHoursPerPerson(@Nullable String workingHoursPerPerson) {
        this.workingHoursPerPerson = workingHoursPerPerson;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
