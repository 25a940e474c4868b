package no.gevinst.indicator.domain;

import java.util.List;
import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see, define and feed an indicator. Its benefit decides visibility and who defines it (the programme's
 * coordinators and the benefit's owner). Measurements are recorded only for the programme's owner and parties:
 * by its coordinators, by a måleansvarlig of the measuring organisation, and by a gevinsteier of that organisation
 * who owns the benefit or is named to measure the indicator. Being named measurer gives no rights of its own: a
 * leser or steering group member named so still only reads, so that naming someone never hands out rights.
 */
@Component
class IndicatorAccess {

    private final Benefits benefits;
    private final Programmes programmes;
    private final AccessPolicy access;
    private final People people;

    IndicatorAccess(Benefits benefits, Programmes programmes, AccessPolicy access, People people) {
        this.benefits = benefits;
        this.programmes = programmes;
        this.access = access;
        this.people = people;
    }

    boolean canSee(Indicator indicator) {
        return benefits.find(indicator.benefit()).isPresent();
    }

    boolean canEdit(Indicator indicator) {
        return benefits.find(indicator.benefit()).map(benefits::canEdit).orElse(false);
    }

    void requireEdit(Indicator indicator) {
        if (!canEdit(indicator)) {
            throw new AccessDeniedException("May not edit indicator " + indicator.name());
        }
    }

    /** The organisations measurements of the indicator may be recorded for: its programme's owner and parties. */
    List<OrganisationId> parties(Indicator indicator) {
        return benefits.find(indicator.benefit())
                .flatMap(b -> programmes.find(b.programme()))
                .map(Programme::organisations)
                .orElse(List.of());
    }

    /** The programme the indicator's entries in the audit log concern, so that its coordinators read them. */
    AuditScope auditScope(Indicator indicator) {
        return benefits.find(indicator.benefit())
                .map(b -> AuditScope.of(b.programme()))
                .orElse(AuditScope.NONE);
    }

    /** The one programme of several indicators' entry; none (administrators only) when they span programmes. */
    AuditScope auditScope(java.util.Collection<Indicator> indicators) {
        var scopes = indicators.stream().map(this::auditScope).distinct().toList();
        return scopes.size() == 1 ? scopes.getFirst() : AuditScope.NONE;
    }

    /** True when the user may record measurements of the indicator for the organisation. */
    boolean canRecord(Indicator indicator, OrganisationId organisation) {
        Optional<Benefit> benefit = benefits.find(indicator.benefit());
        if (benefit.isEmpty() || !parties(indicator).contains(organisation)) {
            return false;
        }
        if (programmes.canCoordinate(benefit.get().programme())) {
            return true;
        }
        var programme = benefit.get().programme();
        return access.currentUser()
                .map(user -> user.holdsFor(Role.MAALEANSVARLIG, organisation, programme)
                        || (user.holdsFor(Role.GEVINSTEIER, organisation, programme)
                                && (benefits.canEdit(benefit.get()) || isMeasurer(user, indicator))))
                .orElse(false);
    }

    /** True when the user may record for some organisation: the page then offers the form. */
    boolean canRecordAny(Indicator indicator) {
        return parties(indicator).stream().anyMatch(o -> canRecord(indicator, o));
    }

    /** The organisations the user may record and correct measurements for: the page offers only these. */
    List<OrganisationId> recordsFor(Indicator indicator) {
        return parties(indicator).stream().filter(o -> canRecord(indicator, o)).toList();
    }

    /** Refuses before anything is read when the user may record the indicator for no organisation at all. */
    void requireRecordAny(Indicator indicator) {
        if (!canRecordAny(indicator)) {
            throw new AccessDeniedException("May not record measurements of " + indicator.name());
        }
    }

    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    private boolean isMeasurer(CurrentUser user, Indicator indicator) {
        return indicator.measuredBy() != null
                && people.ofUser(user.id())
                        .map(Person::id)
                        .filter(indicator.measuredBy()::equals)
                        .isPresent();
    }
}
