package no.gevinst.indicator.web;

import java.util.Set;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import org.jspecify.annotations.Nullable;

/**
 * The indicator page's form for one measurement, as typed: a refused measurement is shown again with what was typed,
 * each fault beside its field. It is read as every row of a file is ({@link MeasurementCommand#read}), and what did not
 * read is named by the intake together with what breaks its rules.
 */
public class MeasurementForm {

    /** The fields the form shows; a fault of any other part of the row is told in the form's summary. */
    static final Set<String> FIELDS =
            Set.of("value", "periodStart", "periodEnd", "organisation", "subUnit", "confidence", "comment");

    private @Nullable String value;
    private @Nullable String periodStart;
    private @Nullable String periodEnd;
    private @Nullable String organisation;
    private @Nullable String subUnit;
    private @Nullable String confidence = "MEDIUM";
    private @Nullable String comment;

    /** The measurement as read; what did not read goes on to the intake, which names it with the rest. */
    MeasurementCommand command() {
        return MeasurementCommand.read(new MeasurementInput(
                value, periodStart, periodEnd, organisation, subUnit, null, null, confidence, comment));
    }

    /** The form's field for a fault of the one row it sends ({@code rows[1].value} is {@code value}). */
    static @Nullable String formField(String field) {
        String name = field.startsWith("rows[") ? field.substring(field.indexOf("].") + 2) : field;
        return FIELDS.contains(name) ? name : null;
    }

    public @Nullable String getValue() {
        return value;
    }

    public void setValue(@Nullable String value) {
        this.value = value;
    }

    public @Nullable String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(@Nullable String periodStart) {
        this.periodStart = periodStart;
    }

    public @Nullable String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(@Nullable String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getSubUnit() {
        return subUnit;
    }

    public void setSubUnit(@Nullable String subUnit) {
        this.subUnit = subUnit;
    }

    public @Nullable String getConfidence() {
        return confidence;
    }

    public void setConfidence(@Nullable String confidence) {
        this.confidence = confidence;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
