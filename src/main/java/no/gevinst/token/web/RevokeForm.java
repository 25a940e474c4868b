package no.gevinst.token.web;

import org.jspecify.annotations.Nullable;

/** The button that revokes a token: the version of the token the page showed, so that a stale page is told. */
public class RevokeForm {

    private @Nullable String version;

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
