package no.gevinst.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.LiveStatus;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.plan.GateCheck;
import no.gevinst.plan.GateDecision;
import no.gevinst.plan.GateItem;
import no.gevinst.plan.PhaseGates;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PhaseGateService implements PhaseGates {

    static final String ENTITY = "phase-gate-decision";

    private final PhaseGateRepository repository;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Indicators indicators;
    private final AccessPolicy access;
    private final GoLiveWaves goLive;
    private final AuditLog auditLog;

    PhaseGateService(
            PhaseGateRepository repository,
            Programmes programmes,
            Benefits benefits,
            Indicators indicators,
            AccessPolicy access,
            GoLiveWaves goLive,
            AuditLog auditLog) {
        this.repository = repository;
        this.programmes = programmes;
        this.benefits = benefits;
        this.indicators = indicators;
        this.access = access;
        this.goLive = goLive;
        this.auditLog = auditLog;
    }

    @Override
    public GateCheck check(ProgrammeId id) {
        return check(existing(id));
    }

    @Override
    @Transactional
    public Programme advance(ProgrammeId id, String decision) {
        Programme programme = existing(id);
        if (!programmes.canCoordinate(id)) {
            throw new AccessDeniedException("Requires coordinating programme " + programme.code());
        }
        GateCheck check = check(programme);
        if (check.atEnd()) {
            throw InvalidInputException.of("phase", "phaseGate.atEnd");
        }
        String text = decision == null ? "" : decision.strip();
        if (!check.passes() && text.isEmpty()) {
            throw InvalidInputException.of("decision", "phaseGate.decision.required");
        }
        GateDecision recorded = new GateDecision(
                UUID.randomUUID(), id, check.from(), check.to(), check.gaps(), text, who(), Instant.now());
        repository.insert(recorded);
        auditLog.record(AuditScope.of(id, programme.owner()), ENTITY, recorded.id(), "create", null, recorded);
        return programmes.moveToPhase(id, check.to());
    }

    @Override
    public List<GateDecision> decisions(ProgrammeId id) {
        return repository.decisions(existing(id).id());
    }

    private GateCheck check(Programme programme) {
        Phase from = programme.currentPhase();
        Phase to = from.ordinal() + 1 < Phase.values().length ? Phase.values()[from.ordinal() + 1] : null;
        LocalDate today = NorwegianTime.today();
        LiveStatus live = goLive.liveStatus(List.of(programme.id()), today).get(programme.id());
        if (to == null) {
            return new GateCheck(programme.id(), from, null, List.of(), live);
        }
        List<PhaseGate.BenefitFacts> facts = benefits.list(BenefitQuery.inProgramme(programme.id())).stream()
                .map(this::facts)
                .toList();
        // The plan table is read directly: the gate needs only to know that an approved programme plan exists.
        boolean approvedPlan = from == Phase.PLAN && repository.approvedPlanExists(programme.id());
        List<GateItem> items = new ArrayList<>(PhaseGate.leaving(from, facts, approvedPlan));
        items.addAll(PhaseGate.goLive(from, live));
        return new GateCheck(programme.id(), from, to, items, live);
    }

    private PhaseGate.BenefitFacts facts(Benefit benefit) {
        LocalDate today = NorwegianTime.today();
        return new PhaseGate.BenefitFacts(
                benefit,
                indicators.ofBenefit(benefit.id()).stream()
                        .map(i -> indicators.view(i.id(), today))
                        .map(PhaseGateService::facts)
                        .toList());
    }

    private static PhaseGate.IndicatorFacts facts(IndicatorView view) {
        return new PhaseGate.IndicatorFacts(
                view.indicator().name(),
                view.baseline() != null,
                !view.targets().isEmpty(),
                view.status().measured(),
                view.status().stale());
    }

    private Programme existing(ProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    private String who() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }
}
