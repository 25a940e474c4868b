package no.gevinst.indicator.domain;

import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Defining an indicator on a benefit and changing its definition. The command's shape is checked where it was read;
 * here the rules that need stored data: the benefit may be edited, the person and organisation named exist, and no
 * other indicator has the canonical URL.
 */
@Component
class IndicatorDefinitions {

    private static final String ENTITY = VisibleIndicators.ENTITY;

    private final IndicatorRepository repository;
    private final IndicatorAccess access;
    private final VisibleIndicators visible;
    private final IndicatorStatusRefresher refresher;
    private final Benefits benefits;
    private final Organisations organisations;
    private final People people;
    private final AuditLog auditLog;
    private final IndicatorStatusNews news;

    IndicatorDefinitions(
            IndicatorRepository repository,
            IndicatorAccess access,
            VisibleIndicators visible,
            IndicatorStatusRefresher refresher,
            Benefits benefits,
            Organisations organisations,
            People people,
            AuditLog auditLog,
            IndicatorStatusNews news) {
        this.news = news;
        this.repository = repository;
        this.access = access;
        this.visible = visible;
        this.refresher = refresher;
        this.benefits = benefits;
        this.organisations = organisations;
        this.people = people;
        this.auditLog = auditLog;
    }

    /**
     * The benefit to define an indicator on: one the user cannot see is an unknown reference, one they may not edit
     * is refused.
     */
    Benefit editableBenefit(BenefitId id) {
        Benefit benefit = Optional.ofNullable(id)
                .flatMap(benefits::find)
                .orElseThrow(() -> InvalidInputException.of("benefitId", "indicator.benefit.unknown"));
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not add indicators to " + benefit.code());
        }
        return benefit;
    }

    Indicator create(IndicatorCommand command) {
        Benefit benefit = editableBenefit(command.benefit());
        Indicator indicator = validated(IndicatorId.newId(), benefit.id(), command, 0);
        repository.insert(indicator);
        news.announce(StoredStatus.of(indicator));
        auditLog.record(AuditScope.of(benefit.programme()), ENTITY, indicator.id(), "create", null, indicator);
        return indicator;
    }

    /** The indicator to change: visible, editable by the user, and still at the version read. */
    Indicator editable(IndicatorId id, long expectedVersion) {
        Indicator before = visible.existing(id);
        access.requireEdit(before);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        return before;
    }

    /** Changes the definition of the indicator {@link #editable} gave; it stays on its benefit. */
    Indicator update(Indicator before, IndicatorCommand command, long expectedVersion) {
        IndicatorId id = before.id();
        Indicator after = validated(id, before.benefit(), command, expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(access.auditScope(before), ENTITY, id, "update", before, after);
        refresher.refresh(id);
        return after;
    }

    private Indicator validated(IndicatorId id, BenefitId benefit, IndicatorCommand command, long version) {
        Violations v = new Violations();
        if (command.measuredBy() != null && people.find(command.measuredBy()).isEmpty()) {
            v.add("measuredById", "person.unknown");
        }
        if (command.scopeOrganisation() != null
                && organisations.find(command.scopeOrganisation()).isEmpty()) {
            v.add("scopeOrganisationId", "organisation.unknown");
        }
        String url = command.canonicalUrl();
        if (url != null && repository.canonicalUrlTakenByOther(url, id)) {
            v.add("canonicalUrl", "indicator.canonicalUrl.taken");
        }
        v.throwIfAny();
        return command.toIndicator(id, benefit, version);
    }
}
