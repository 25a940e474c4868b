package no.gevinst.valuation.web;

import no.gevinst.valuation.ValuationInputs;
import org.jspecify.annotations.Nullable;

/** A cost as the valuation page binds it: text as typed, so that a refused one is shown again with what was typed. */
public class CostForm {

    private @Nullable String kind;
    private @Nullable String actor;
    private @Nullable String year;
    private @Nullable String amount;
    private @Nullable String description;

    ValuationInputs.CostInput toInput() {
        return new ValuationInputs.CostInput(kind, actor, year, amount, description);
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public void setActor(@Nullable String actor) {
        this.actor = actor;
    }

    public @Nullable String getYear() {
        return year;
    }

    public void setYear(@Nullable String year) {
        this.year = year;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }
}
