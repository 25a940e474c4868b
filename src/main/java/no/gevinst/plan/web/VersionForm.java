package no.gevinst.plan.web;

import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A form that carries only the version the page was read with (a step in a version's life, a removal), as sent, so a
 * stale one is refused with 409 on the page it came from. The other plan forms that change a record extend it.
 */
public class VersionForm {

    private @Nullable String version;

    static VersionForm of(long version) {
        VersionForm form = new VersionForm();
        form.version = Long.toString(version);
        return form;
    }

    /** The version as typed, read once here: absent or no whole number is refused naming the version. */
    long expected() {
        return Versions.expected(null, version);
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
