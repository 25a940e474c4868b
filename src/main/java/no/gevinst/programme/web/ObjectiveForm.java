package no.gevinst.programme.web;

import no.gevinst.programme.ObjectiveInput;
import org.jspecify.annotations.Nullable;

/** A new effect objective as the overview's form binds it, text as typed, so that a refused one is shown again. */
public class ObjectiveForm {

    private @Nullable String number;
    private @Nullable String description;

    ObjectiveInput toInput() {
        return new ObjectiveInput(number, description);
    }

    public @Nullable String getNumber() {
        return number;
    }

    public void setNumber(@Nullable String number) {
        this.number = number;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }
}
