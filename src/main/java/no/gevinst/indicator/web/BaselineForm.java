package no.gevinst.indicator.web;

import java.util.Set;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * The indicator's baseline as its form shows and sends it: the one set (or none) with the version read, or what was
 * typed when it was refused. Read into a {@link no.gevinst.indicator.BaselineCommand} by the controller.
 */
public class BaselineForm {

    static final Set<String> FIELDS = Set.of(
            "value",
            "periodStart",
            "periodEnd",
            "method",
            "source",
            "evidence",
            "measuredBy",
            "atGoLive",
            "goLiveReason");

    private @Nullable String value;
    private @Nullable String periodStart;
    private @Nullable String periodEnd;
    private @Nullable String method;
    private @Nullable String source;
    private @Nullable String evidence;
    private @Nullable String measuredBy;
    private @Nullable String atGoLive;
    private @Nullable String goLiveReason;
    private @Nullable String version;

    /** The form for the baseline set, at the version read; empty while none is set. */
    static BaselineForm of(@Nullable Baseline baseline, @Nullable Long version) {
        BaselineForm form = new BaselineForm();
        form.version = version == null ? null : version.toString();
        if (baseline != null) {
            form.value = baseline.value().toString();
            form.periodStart = text(baseline.periodStart());
            form.periodEnd = text(baseline.periodEnd());
            form.method = baseline.method();
            form.source = baseline.source();
            form.evidence = baseline.evidence();
            form.measuredBy = baseline.measuredBy();
            form.atGoLive = baseline.atGoLive() ? "true" : null;
            form.goLiveReason = baseline.goLiveReason();
        }
        return form;
    }

    BaselineInput toInput() {
        return new BaselineInput(
                value, periodStart, periodEnd, method, source, evidence, measuredBy, atGoLive, goLiveReason);
    }

    /** The version read: none for a first baseline; one that is no whole number is refused, naming the version. */
    @Nullable
    Long expectedVersion() {
        return Versions.fromForm(version, false);
    }

    static @Nullable String formField(String field) {
        return FIELDS.contains(field) ? field : null;
    }

    public boolean checked() {
        return "true".equalsIgnoreCase(atGoLive) || "on".equalsIgnoreCase(atGoLive);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
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

    public @Nullable String getMethod() {
        return method;
    }

    public void setMethod(@Nullable String method) {
        this.method = method;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public @Nullable String getEvidence() {
        return evidence;
    }

    public void setEvidence(@Nullable String evidence) {
        this.evidence = evidence;
    }

    public @Nullable String getMeasuredBy() {
        return measuredBy;
    }

    public void setMeasuredBy(@Nullable String measuredBy) {
        this.measuredBy = measuredBy;
    }

    public @Nullable String getAtGoLive() {
        return atGoLive;
    }

    public void setAtGoLive(@Nullable String atGoLive) {
        this.atGoLive = atGoLive;
    }

    public @Nullable String getGoLiveReason() {
        return goLiveReason;
    }

    public void setGoLiveReason(@Nullable String goLiveReason) {
        this.goLiveReason = goLiveReason;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
