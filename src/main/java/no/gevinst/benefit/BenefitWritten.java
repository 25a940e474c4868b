package no.gevinst.benefit;

import java.util.List;
import java.util.Objects;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Published by this module, in the transaction of the write, whenever a benefit is stored: created, edited, given a
 * merged benefit's allocations or imported. It carries what the indicator module scopes its indicators by (issue 21):
 * the benefit's programme, its code (a reminder names it), its status (only benefits still in play are due) and the
 * organisations it is allocated to. The indicator module keeps its own copy of these, so that it reads only its own
 * tables; it listens in the same transaction, so its copy is never behind the benefit.
 *
 * @param allocatedTo the organisations the benefit arises in, in any order
 */
public record BenefitWritten(
        BenefitId benefit, ProgrammeId programme, String code, BenefitStatus status, List<OrganisationId> allocatedTo) {

    public BenefitWritten {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        allocatedTo = List.copyOf(allocatedTo);
    }

    /** What a benefit about to be stored tells. */
    public static BenefitWritten of(Benefit b) {
        return new BenefitWritten(
                b.id(),
                b.programme(),
                b.code(),
                b.status(),
                b.allocations().stream().map(Allocation::organisation).toList());
    }
}
