package no.gevinst.golive.web;

import org.jspecify.annotations.Nullable;

/**
 * The choice of the unit at whose go-live an indicator's baseline is set, as the indicator page binds it: the unit
 * chosen (blank for none) and the version of the choice read (0 while none is made); the module checks both.
 */
public class AnchorForm {

    /** The form's name in the model, which the anchor's fragment binds. */
    static final String NAME = "goliveAnchorForm";

    private @Nullable String unit;
    private @Nullable String version;

    static AnchorForm of(AnchorView anchor) {
        AnchorForm form = new AnchorForm();
        form.unit = anchor.unit() == null ? "" : anchor.unit().toString();
        form.version = Long.toString(anchor.version());
        return form;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
