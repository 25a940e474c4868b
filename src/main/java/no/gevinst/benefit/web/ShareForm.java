package no.gevinst.benefit.web;

import org.jspecify.annotations.Nullable;

/**
 * The proposal to share a benefit as the profile binds it: the programme chosen and the share as typed, so that a
 * refused proposal is shown again with them; the sharing service parses and checks both.
 */
public class ShareForm {

    private @Nullable String programme;
    private @Nullable String share;

    public @Nullable String getProgramme() {
        return programme;
    }

    public void setProgramme(@Nullable String programme) {
        this.programme = programme;
    }

    public @Nullable String getShare() {
        return share;
    }

    public void setShare(@Nullable String share) {
        this.share = share;
    }
}
