package no.gevinst.portfolio.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuations;

/**
 * One reading of the programmes' registers and valuations, shared by everything one dashboard is made of: the double
 * counting, the forecast, realised kroner and the flows each need them, and reading and valuing a programme of a
 * thousand priced benefits once instead of four times is most of what keeps the dashboard fast. Lives for one call.
 */
final class Reading {

    private final Benefits benefits;
    private final Valuations valuations;
    private final Map<ProgrammeId, List<Benefit>> registers = new HashMap<>();
    private final Map<ProgrammeId, ProgrammeValuation> valued = new HashMap<>();

    Reading(Benefits benefits, Valuations valuations) {
        this.benefits = benefits;
        this.valuations = valuations;
    }

    List<Benefit> register(ProgrammeId programme) {
        return registers.computeIfAbsent(programme, p -> benefits.list(BenefitQuery.inProgramme(p)));
    }

    ProgrammeValuation valuation(ProgrammeId programme) {
        return valued.computeIfAbsent(programme, p -> valuations.of(p, register(p)));
    }
}
