package no.gevinst.indicator.domain;

import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see, define and feed an indicator. Its benefit decides visibility and who defines it (the programme's
 * coordinators and the benefit's owner); besides them, a måleansvarlig of the measuring organisation and the
 * person named to measure it record measurements.
 */
@Component
class IndicatorAccess {

    private final Benefits benefits;
    private final AccessPolicy access;
    private final People people;

    IndicatorAccess(Benefits benefits, AccessPolicy access, People people) {
        this.benefits = benefits;
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

    /** True when the user may record measurements of the indicator for the organisation. */
    boolean canRecord(Indicator indicator, OrganisationId organisation) {
        if (canEdit(indicator)) {
            return true;
        }
        return access.currentUser()
                .map(user -> user.holds(Role.MAALEANSVARLIG, organisation) || isMeasurer(user, indicator))
                .orElse(false);
    }

    /** True when the user may record for some organisation: the page then offers the form. */
    boolean canRecordAny(Indicator indicator) {
        return canEdit(indicator)
                || access.currentUser()
                        .map(user -> isMeasurer(user, indicator)
                                || user.roles().stream().anyMatch(r -> r.role() == Role.MAALEANSVARLIG))
                        .orElse(false);
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
