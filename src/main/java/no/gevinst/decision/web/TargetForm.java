package no.gevinst.decision.web;

import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * What the decision page's two target forms share: a target is set for an organisation, and every change or removal
 * of one carries the version of the decision the page was read at, so a stale one is refused.
 */
public abstract class TargetForm {

    private @Nullable String organisation;
    private @Nullable String version;

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
