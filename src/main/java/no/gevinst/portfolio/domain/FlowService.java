package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
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
import no.gevinst.benefit.Benefits;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.PendingSignOff;
import no.gevinst.portfolio.SignOff;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FlowService implements Flows {

    static final String ENTITY = "actuals-sign-off";

    private final SignOffRepository signOffs;
    private final Benefits benefits;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    private final Reading.Start readings;
    private final AwaitingSignOffs awaiting;
    private final FlowReports reports;

    FlowService(
            SignOffRepository signOffs,
            Benefits benefits,
            AccessPolicy access,
            AuditLog auditLog,
            Reading.Start readings,
            AwaitingSignOffs awaiting,
            FlowReports reports) {
        this.reports = reports;
        this.readings = readings;
        this.awaiting = awaiting;
        this.signOffs = signOffs;
        this.benefits = benefits;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public FlowReport report(ProgrammeId programme) {
        return report(programme, readings.reading());
    }

    /** The same, from the registers and valuations the caller has read. */
    FlowReport report(ProgrammeId programme, Reading reading) {
        return reports.report(programme, reading);
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
}
