package no.gevinst.programme.web;

import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A framework item's rename or removal as the programme page binds it (issue 21): the new name and the programme's
 * version the page was read with, as typed, and the item from the path, so that a refused form is shown again at its
 * own item with what was typed.
 */
public class FrameworkItemForm {

    private @Nullable String item;
    private @Nullable String name;
    private @Nullable String version;

    /** The form of the item the request names. */
    static FrameworkItemForm of(FrameworkItemId item, FrameworkItemForm sent) {
        sent.item = item.toString();
        return sent;
    }

    /** The programme's version read, parsed once here: absent or no whole number is refused naming the version. */
    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    /** The item the form was refused for, if any: the page shows its input and errors there. */
    public @Nullable String getItem() {
        return item;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
