package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
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
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.PendingSignOff;
import no.gevinst.portfolio.SignOff;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FlowService implements Flows {

    static final String ENTITY = "actuals-sign-off";

    private final SignOffRepository signOffs;
    private final Benefits benefits;
    private final Organisations organisations;
    private final MeasuredPeriods periods;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    private final Reading.Start readings;
    private final AwaitingSignOffs awaiting;
    private final SharedFlows shared;

    FlowService(
            SignOffRepository signOffs,
            Benefits benefits,
            Organisations organisations,
            MeasuredPeriods periods,
            AccessPolicy access,
            AuditLog auditLog,
            Reading.Start readings,
            AwaitingSignOffs awaiting,
            SharedFlows shared) {
        this.shared = shared;
        this.readings = readings;
        this.awaiting = awaiting;
        this.signOffs = signOffs;
        this.benefits = benefits;
        this.organisations = organisations;
        this.periods = periods;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public FlowReport report(ProgrammeId programme) {
        return report(programme, readings.reading());
    }

    /** The same, from the registers and valuations the caller has read. */
    FlowReport report(ProgrammeId programme, Reading reading) {
        List<Programme> scope = reading.visible().stream()
                .filter(p -> programme == null || p.id().equals(programme))
                .toList();
        if (programme != null && scope.isEmpty()) {
            throw new NotFoundException("programme", programme);
        }
        List<BenefitFlow> flows = new ArrayList<>();
        List<Crossing> crossings = new ArrayList<>();
        for (Programme p : scope) {
            for (Flowing f : reading.keptOfRegister("flows", p.id(), () -> flowing(p.id(), reading))) {
                flows.add(f.flow());
                if (f.flow().crossesOrganisations()) {
                    crossings.add(new Crossing(p, f, f.flow()));
                }
            }
        }
        Map<OrganisationId, String> names = names(flows);
        FlowMatrix matrix = FlowMatrices.of(flows, names);
        Map<BenefitId, List<SignOff>> signed = new HashMap<>();
        MeasuredPeriods.Measured measured;
        if (reading.sharesParts()) {
            // Each programme's crossing benefits' periods and sign-offs kept with its other parts: after a write only
            // the written programme's are read again.
            List<MeasuredPeriods.Measures> measures = new ArrayList<>();
            for (Programme p : scope) {
                Crossed crossed = reading.kept("crossed", p.id(), () -> crossed(p, crossings));
                measures.add(crossed.measures());
                signed.putAll(crossed.signed());
            }
            measured = periods.named(MeasuredPeriods.Measures.of(measures));
        } else {
            signed.putAll(
                    signedOff(crossings.stream().map(c -> c.benefit().id()).toList()));
            measured =
                    periods.read(crossings.stream().map(c -> c.benefit().id()).toList());
        }
        CurrentUser user = access.currentUser().orElse(null);
        List<FlowReport.CrossOrganisationBenefit> crossing = new ArrayList<>();
        for (Crossing c : crossings) {
            List<Party> signers = c.flow().signers().stream()
                    .map(id -> party(id, names))
                    .sorted(Comparator.comparing(Party::name))
                    .toList();
            Map<OrganisationId, Boolean> may = new HashMap<>();
            signers.forEach(
                    s -> may.put(s.id(), maySignFor(user, s.id(), c.programme().id())));
            crossing.add(new FlowReport.CrossOrganisationBenefit(
                    c.benefit().id(),
                    c.benefit().code(),
                    c.benefit().title(),
                    c.programme().code(),
                    c.flow().nokPerYear(),
                    c.flow().investors().stream().map(id -> party(id, names)).toList(),
                    signers,
                    periods.of(
                            c.benefit().id(),
                            measured,
                            signers,
                            signed.getOrDefault(c.benefit().id(), List.of()),
                            may)));
        }
        // Benefits shared between programmes, in the flows of each programme sharing them (issue 18).
        return new FlowReport(programme, matrix, crossing, shared.of(scope, reading));
    }

    /** The measured periods and sign-offs of one programme's benefits that cross organisations. */
    private record Crossed(MeasuredPeriods.Measures measures, Map<BenefitId, List<SignOff>> signed) {}

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

    @Override
    public List<PendingSignOff> awaitingSignOff() {
        return awaiting.forCurrentUser();
    }

    @Override
    @Transactional
    public SignOff signOff(BenefitId id, SignOffInput input) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        Set<OrganisationId> signers = flowOf(benefit, BigDecimal.ZERO).signers();
        Violations violations = new Violations();
        OrganisationId organisation = SignOffForm.organisation(input, signers, violations);
        if (!violations.has("organisation") && !maySignFor(user, organisation, benefit.programme())) {
            throw new AccessDeniedException("Requires Gevinsteier or Gevinstkoordinator in " + organisation);
        }
        SignOff signOff = SignOffForm.read(
                id, organisation, input, user.displayName(), NorwegianTime.today(), Instant.now(), violations);
        if (signOff != null && signOffs.exists(signOff)) {
            violations.add("periodStart", "flows.signOff.period.duplicate");
        }
        violations.throwIfAny();
        if (!signOffs.insert(signOff)) {
            throw InvalidInputException.of("periodStart", "flows.signOff.period.duplicate");
        }
        auditLog.record(
                AuditScope.of(benefit.programme(), organisation), ENTITY, signOff.id(), "create", null, signOff);
        return signOff;
    }

    /**
     * A Gevinsteier or Gevinstkoordinator of the benefiting organisation speaks for it, whether the role covers all
     * its programmes or only the benefit's; nobody else, not even an administrator, may confirm its actuals.
     */
    static boolean maySignFor(CurrentUser user, OrganisationId organisation, ProgrammeId programme) {
        if (user == null || organisation == null) {
            return false;
        }
        for (Role role : List.of(Role.GEVINSTEIER, Role.GEVINSTKOORDINATOR)) {
            if (user.holds(role, organisation)
                    || user.roles().stream()
                            .anyMatch(r -> r.role() == role
                                    && organisation.equals(r.organisation())
                                    && programme.equals(r.programme()))) {
                return true;
            }
        }
        return false;
    }

    static BenefitFlow flowOf(Benefit b, BigDecimal nokPerYear) {
        Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
        for (Allocation a : b.allocations()) {
            allocations.merge(a.organisation(), a.share().value(), BigDecimal::add);
        }
        return new BenefitFlow(b.id(), nokPerYear, b.investors(), allocations);
    }

    /** A benefit's flow, with what names it: all the flows need of the programme's register. */
    private record Flowing(BenefitId id, String code, String title, BenefitFlow flow) {}

    private static List<Flowing> flowing(ProgrammeId programme, Reading reading) {
        Map<BenefitId, BigDecimal> values = fullEffect(reading.valuation(programme));
        List<Flowing> flowing = new ArrayList<>();
        for (Benefit b : reading.register(programme)) {
            // Dis-benefits and abandoned benefits carry nothing from investor to beneficiary.
            if (b.isDisbenefit() || b.status() == BenefitStatus.ABANDONED) {
                continue;
            }
            flowing.add(
                    new Flowing(b.id(), b.code(), b.title(), flowOf(b, values.getOrDefault(b.id(), BigDecimal.ZERO))));
        }
        return List.copyOf(flowing);
    }

    /** Each priced benefit's value at full effect; each line of the valuation says which benefit it prices. */
    private static Map<BenefitId, BigDecimal> fullEffect(ProgrammeValuation valuation) {
        Map<BenefitId, BigDecimal> values = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            BenefitId id = line.benefit().id();
            if (id != null && line.fullEffect() != null && line.fullEffect().nokPerYear() != null) {
                values.put(id, line.fullEffect().nokPerYear());
            }
        }
        return values;
    }

    private Map<OrganisationId, String> names(List<BenefitFlow> flows) {
        Set<OrganisationId> ids = new HashSet<>();
        for (BenefitFlow f : flows) {
            ids.addAll(f.investors());
            ids.addAll(f.allocations().keySet());
        }
        Map<OrganisationId, String> names = new HashMap<>();
        organisations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static Party party(OrganisationId id, Map<OrganisationId, String> names) {
        return new Party(id, names.getOrDefault(id, id.toString()));
    }

    private record Crossing(Programme programme, Flowing benefit, BenefitFlow flow) {}
}
