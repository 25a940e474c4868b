package no.gevinst.plan.web;

import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanVersion;
import org.jspecify.annotations.Nullable;

/** A draft's prose as the page binds it, section by section, with the version of the draft it was written in. */
public class ProseForm extends VersionForm {

    private @Nullable String background;
    private @Nullable String goalsAndProducts;
    private @Nullable String responsibilities;
    private @Nullable String measuresAndRisks;
    private @Nullable String nonPricedFollowUp;
    private @Nullable String reportingSchedule;

    static ProseForm of(PlanVersion shown) {
        PlanSections s = shown.sections();
        ProseForm form = new ProseForm();
        form.background = s.background();
        form.goalsAndProducts = s.goalsAndProducts();
        form.responsibilities = s.responsibilities();
        form.measuresAndRisks = s.measuresAndRisks();
        form.nonPricedFollowUp = s.nonPricedFollowUp();
        form.reportingSchedule = s.reportingSchedule();
        form.setVersion(Long.toString(shown.version()));
        return form;
    }

    PlanSections toSections() {
        return new PlanSections(
                background, goalsAndProducts, responsibilities, measuresAndRisks, nonPricedFollowUp, reportingSchedule);
    }

    public @Nullable String getBackground() {
        return background;
    }

    public void setBackground(@Nullable String background) {
        this.background = background;
    }

    public @Nullable String getGoalsAndProducts() {
        return goalsAndProducts;
    }

    public void setGoalsAndProducts(@Nullable String goalsAndProducts) {
        this.goalsAndProducts = goalsAndProducts;
    }

    public @Nullable String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(@Nullable String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public @Nullable String getMeasuresAndRisks() {
        return measuresAndRisks;
    }

    public void setMeasuresAndRisks(@Nullable String measuresAndRisks) {
        this.measuresAndRisks = measuresAndRisks;
    }

    public @Nullable String getNonPricedFollowUp() {
        return nonPricedFollowUp;
    }

    public void setNonPricedFollowUp(@Nullable String nonPricedFollowUp) {
        this.nonPricedFollowUp = nonPricedFollowUp;
    }

    public @Nullable String getReportingSchedule() {
        return reportingSchedule;
    }

    public void setReportingSchedule(@Nullable String reportingSchedule) {
        this.reportingSchedule = reportingSchedule;
    }
}
