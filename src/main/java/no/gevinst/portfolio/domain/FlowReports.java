package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.SignOff;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;
import org.springframework.stereotype.Component;

/**
 * Puts the flows report together: the distribution matrix, the benefits that cross organisations with their measured
 * periods and sign-offs, and the benefits shared between programmes. A reading that keeps programmes' parts keeps each
 * programme's flows and the cells of the matrix they fill with its register, and the organisations' names for the
 * user ({@link OrganisationNames}): after a measurement only the measured periods are read again, after a register
 * edit only the edited programme's flows, cells and names.
 */
@Component
class FlowReports {

    private final SignOffRepository signOffs;
    private final MeasuredPeriods periods;
    private final AccessPolicy access;
    private final OrganisationNames names;
    private final SharedFlows shared;

    FlowReports(
            SignOffRepository signOffs,
            MeasuredPeriods periods,
            AccessPolicy access,
            OrganisationNames names,
            SharedFlows shared) {
        this.signOffs = signOffs;
        this.periods = periods;
        this.access = access;
        this.names = names;
        this.shared = shared;
    }

    /** A benefit's flow, with what names it: all the flows need of the programme's register. */
    private record Flowing(BenefitId id, String code, String title, BenefitFlow flow) {}

    /** A programme's flows, the cells of the matrix they fill and the organisations they name. */
    private record ProgrammeFlows(List<Flowing> flowing, FlowMatrices.Cells cells, Set<OrganisationId> parties) {}

    private record Crossing(Programme programme, Flowing benefit, BenefitFlow flow) {}

    /** The periods measured and the sign-offs given of the benefits that cross organisations. */
    private record Signed(MeasuredPeriods.Measured measured, Map<BenefitId, List<SignOff>> signed) {}

    /** The measured periods and sign-offs of one programme's benefits that cross organisations. */
    private record Crossed(MeasuredPeriods.Measures measures, Map<BenefitId, List<SignOff>> signed) {}

    FlowReport report(ProgrammeId programme, Reading reading) {
        List<Programme> scope = reading.visible().stream()
                .filter(p -> programme == null || p.id().equals(programme))
                .toList();
        if (programme != null && scope.isEmpty()) {
            throw new NotFoundException("programme", programme);
        }
        Map<ProgrammeId, ProgrammeFlows> parts = new LinkedHashMap<>();
        scope.forEach(p -> parts.put(p.id(), reading.keptOfRegister("flows", p.id(), () -> flowing(p.id(), reading))));
        Map<OrganisationId, String> named =
                names.of("flows", scope, p -> parts.get(p.id()).parties(), reading);
        List<FlowMatrices.Cells> cells =
                parts.values().stream().map(ProgrammeFlows::cells).toList();
        List<Crossing> crossings = crossings(scope, parts);
        Signed signed = signed(scope, crossings, reading);
        CurrentUser user = access.currentUser().orElse(null);
        List<FlowReport.CrossOrganisationBenefit> crossing =
                crossings.stream().map(c -> crossing(c, named, signed, user)).toList();
        // Benefits shared between programmes, in the flows of each programme sharing them (issue 18).
        return new FlowReport(
                programme,
                FlowMatrices.named(FlowMatrices.Cells.merged(cells), named),
                crossing,
                shared.of(scope, reading));
    }

    private static List<Crossing> crossings(List<Programme> scope, Map<ProgrammeId, ProgrammeFlows> parts) {
        List<Crossing> crossings = new ArrayList<>();
        for (Programme p : scope) {
            for (Flowing f : parts.get(p.id()).flowing()) {
                if (f.flow().crossesOrganisations()) {
                    crossings.add(new Crossing(p, f, f.flow()));
                }
            }
        }
        return crossings;
    }

    private Signed signed(List<Programme> scope, List<Crossing> crossings, Reading reading) {
        if (!reading.sharesParts()) {
            List<BenefitId> ids = crossings.stream().map(c -> c.benefit().id()).toList();
            return new Signed(periods.read(ids), signedOff(ids));
        }
        // Each programme's crossing benefits' periods and sign-offs kept with its other parts: after a write only
        // the written programme's are read again.
        Map<BenefitId, List<SignOff>> signed = new HashMap<>();
        List<MeasuredPeriods.Measures> measures = new ArrayList<>();
        for (Programme p : scope) {
            Crossed crossed = reading.kept("crossed", p.id(), () -> crossed(p, crossings));
            measures.add(crossed.measures());
            signed.putAll(crossed.signed());
        }
        return new Signed(periods.named(MeasuredPeriods.Measures.of(measures)), signed);
    }

    private FlowReport.CrossOrganisationBenefit crossing(
            Crossing c, Map<OrganisationId, String> names, Signed signed, CurrentUser user) {
        List<Party> signers = c.flow().signers().stream()
                .map(id -> party(id, names))
                .sorted(Comparator.comparing(Party::name))
                .toList();
        Map<OrganisationId, Boolean> may = new HashMap<>();
        signers.forEach(s -> may.put(
                s.id(), FlowService.maySignFor(user, s.id(), c.programme().id())));
        return new FlowReport.CrossOrganisationBenefit(
                c.benefit().id(),
                c.benefit().code(),
                c.benefit().title(),
                c.programme().code(),
                c.flow().nokPerYear(),
                c.flow().investors().stream().map(id -> party(id, names)).toList(),
                signers,
                periods.of(
                        c.benefit().id(),
                        signed.measured(),
                        signers,
                        signed.signed().getOrDefault(c.benefit().id(), List.of()),
                        may));
    }

    private Crossed crossed(Programme programme, List<Crossing> crossings) {
        List<BenefitId> own = crossings.stream()
                .filter(c -> c.programme().id().equals(programme.id()))
                .map(c -> c.benefit().id())
                .toList();
        if (own.isEmpty()) {
            return new Crossed(new MeasuredPeriods.Measures(Map.of()), Map.of());
        }
        return new Crossed(periods.measures(own), Map.copyOf(signedOff(own)));
    }

    private Map<BenefitId, List<SignOff>> signedOff(List<BenefitId> benefits) {
        Map<BenefitId, List<SignOff>> signed = new HashMap<>();
        signOffs.ofBenefits(benefits)
                .forEach(s -> signed.computeIfAbsent(s.benefit(), k -> new ArrayList<>())
                        .add(s));
        return signed;
    }

    private static ProgrammeFlows flowing(ProgrammeId programme, Reading reading) {
        Map<BenefitId, BigDecimal> values = fullEffect(reading.valuation(programme));
        List<Flowing> flowing = new ArrayList<>();
        for (Benefit b : reading.register(programme)) {
            // Dis-benefits and abandoned benefits carry nothing from investor to beneficiary.
            if (b.isDisbenefit() || b.status() == BenefitStatus.ABANDONED) {
                continue;
            }
            flowing.add(new Flowing(
                    b.id(), b.code(), b.title(), FlowService.flowOf(b, values.getOrDefault(b.id(), BigDecimal.ZERO))));
        }
        List<BenefitFlow> flows = flowing.stream().map(Flowing::flow).toList();
        Set<OrganisationId> parties = new HashSet<>();
        for (BenefitFlow f : flows) {
            parties.addAll(f.investors());
            parties.addAll(f.allocations().keySet());
        }
        return new ProgrammeFlows(List.copyOf(flowing), FlowMatrices.Cells.of(flows), Set.copyOf(parties));
    }

    /** Each priced benefit's value at full effect; each line of the valuation says which benefit it prices. */
    private static Map<BenefitId, BigDecimal> fullEffect(ProgrammeValuation valuation) {
        Map<BenefitId, BigDecimal> values = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            BenefitId id = line.benefit().id();
            if (line.fullEffect() != null && line.fullEffect().nokPerYear() != null) {
                values.put(id, line.fullEffect().nokPerYear());
            }
        }
        return values;
    }

    private static Party party(OrganisationId id, Map<OrganisationId, String> names) {
        return new Party(id, names.getOrDefault(id, id.toString()));
    }
}
