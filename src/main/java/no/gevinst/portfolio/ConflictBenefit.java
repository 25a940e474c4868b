package no.gevinst.portfolio;

import java.util.Objects;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/** A benefit taking part in a conflict, with what a reader needs to find it. */
public record ConflictBenefit(BenefitId id, String code, String title, ProgrammeId programme, String programmeCode) {

    public ConflictBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
    }
}
