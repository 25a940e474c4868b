package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.PendingSignOff;
import no.gevinst.portfolio.SignOff;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The sign-offs waiting for the organisations the user speaks for. Unlike the flows page it reads only the benefits
 * that arise in or are invested in by those organisations, and values none of them: a start page cannot afford to
 * value every programme to find the handful of periods one organisation must confirm.
 */
@Component
class AwaitingSignOffs {

    private final Benefits benefits;
    private final Organisations organisations;
    private final SignOffRepository signOffs;
    private final MeasuredPeriods periods;
    private final AccessPolicy access;

    AwaitingSignOffs(
            Benefits benefits,
            Organisations organisations,
            SignOffRepository signOffs,
            MeasuredPeriods periods,
            AccessPolicy access) {
        this.benefits = benefits;
        this.organisations = organisations;
        this.signOffs = signOffs;
        this.periods = periods;
        this.access = access;
    }

    List<PendingSignOff> forCurrentUser() {
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null) {
            return List.of();
        }
        Set<OrganisationId> spokenFor = spokenFor(user);
        Map<Benefit, List<OrganisationId>> toSign = toSign(user, spokenFor);
        if (toSign.isEmpty()) {
            return List.of();
        }
        List<BenefitId> ids = toSign.keySet().stream().map(Benefit::id).toList();
        MeasuredPeriods.Measured measured = periods.read(ids);
        Map<BenefitId, List<SignOff>> signed = new HashMap<>();
        signOffs.ofBenefits(ids)
                .forEach(s -> signed.computeIfAbsent(s.benefit(), k -> new ArrayList<>())
                        .add(s));
        Map<OrganisationId, String> names = new HashMap<>();
        organisations.findAll(spokenFor).forEach(o -> names.put(o.id(), o.name()));
        List<PendingSignOff> pending = new ArrayList<>();
        toSign.forEach((benefit, signers) -> pending.addAll(pending(benefit, signers, names, measured, signed)));
        return pending;
    }

    /** The organisations in which the user holds a role that may sign off actuals. */
    private static Set<OrganisationId> spokenFor(CurrentUser user) {
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        for (RoleAssignment r : user.roles()) {
            if (r.organisation() != null && (r.role() == Role.GEVINSTEIER || r.role() == Role.GEVINSTKOORDINATOR)) {
                organisations.add(r.organisation());
            }
        }
        return organisations;
    }

    /** Each cross-organisation benefit with those of its signers the user may sign for, as the flows page decides. */
    private Map<Benefit, List<OrganisationId>> toSign(CurrentUser user, Set<OrganisationId> spokenFor) {
        Map<Benefit, List<OrganisationId>> toSign = new LinkedHashMap<>();
        Set<BenefitId> seen = new LinkedHashSet<>();
        for (OrganisationId organisation : spokenFor) {
            for (Benefit b : benefits.list(BenefitQuery.ofOrganisation(null, organisation))) {
                if (!seen.add(b.id()) || b.isDisbenefit() || b.status() == BenefitStatus.ABANDONED) {
                    continue;
                }
                List<OrganisationId> signers = FlowService.flowOf(b, BigDecimal.ZERO).signers().stream()
                        .filter(spokenFor::contains)
                        .filter(s -> FlowService.maySignFor(user, s, b.programme()))
                        .toList();
                if (!signers.isEmpty()) {
                    toSign.put(b, signers);
                }
            }
        }
        return toSign;
    }

    private List<PendingSignOff> pending(
            Benefit benefit,
            List<OrganisationId> signers,
            Map<OrganisationId, String> names,
            MeasuredPeriods.Measured measured,
            Map<BenefitId, List<SignOff>> signed) {
        List<Party> parties = signers.stream()
                .map(id -> new Party(id, names.getOrDefault(id, id.toString())))
                .toList();
        Map<OrganisationId, Boolean> may = new HashMap<>();
        signers.forEach(s -> may.put(s, true));
        List<PendingSignOff> pending = new ArrayList<>();
        for (FlowReport.Period period :
                periods.of(benefit.id(), measured, parties, signed.getOrDefault(benefit.id(), List.of()), may)) {
            for (FlowReport.Receipt receipt : period.receipts()) {
                if (!receipt.signed()) {
                    pending.add(new PendingSignOff(
                            benefit.id(),
                            benefit.code(),
                            benefit.title(),
                            benefit.programme(),
                            receipt.organisation().id(),
                            receipt.organisation().name(),
                            period.start(),
                            period.end()));
                }
            }
        }
        return pending;
    }
}
