package no.gevinst.benefit.web;

import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * Accepting or ending a share, as the profile's buttons send it: only the version of the share read. A refusal has
 * no field to stand beside, so it is told above the shares.
 */
public class ShareAnswerForm {

    private @Nullable String version;

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
