package no.gevinst.benefit.web;

import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * The merge of another benefit into this one as the profile binds it: the other's code, the decision's reference and
 * the reason as typed, and the version of this benefit the coordinator read (a stale one is a conflict).
 */
public class MergeForm {

    private @Nullable String mergedCode;
    private @Nullable String decisionReference;
    private @Nullable String reason;
    private @Nullable String version;

    static MergeForm of(long version) {
        MergeForm form = new MergeForm();
        form.version = Long.toString(version);
        return form;
    }

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    public @Nullable String getMergedCode() {
        return mergedCode;
    }

    public void setMergedCode(@Nullable String mergedCode) {
        this.mergedCode = mergedCode;
    }

    public @Nullable String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(@Nullable String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
