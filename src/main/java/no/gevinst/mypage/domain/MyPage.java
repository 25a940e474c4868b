package no.gevinst.mypage.domain;

import java.util.List;
import java.util.Map;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.Rag;
import no.gevinst.network.OwnedElement;
import no.gevinst.plan.Reminders.AssignedMeasure;
import no.gevinst.plan.Reminders.PendingApproval;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.PendingSignOff;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;

/**
 * What one user's start page shows. A section of a role the user does not hold is null (or, for the programmes a
 * coordinator or a steering group member follows, empty), so that the page shows only what fits the user.
 *
 * @param pending the user holds no role yet: a coordinator or administrator must grant one
 * @param readable the programmes a leser (or an administrator) may read
 * @param programmes the visible programmes by id, for naming the programme of each item
 */
public record MyPage(
        String displayName,
        boolean pending,
        List<RoleLine> roles,
        int reminderCount,
        Owner owner,
        Measurer measurer,
        List<Coordinated> coordinated,
        List<Steered> steered,
        List<Programme> readable,
        Map<ProgrammeId, Programme> programmes) {

    /** The page of a user who holds no role: nothing to show but how to get access. */
    static MyPage pending(String displayName) {
        return new MyPage(displayName, true, List.of(), 0, null, null, List.of(), List.of(), null, Map.of());
    }

    /** The code of a visible programme, for the items that name theirs. */
    public String code(ProgrammeId programme) {
        Programme p = programmes.get(programme);
        return p == null ? "" : p.code();
    }

    /**
     * A role as held: in an organisation (null when in every one), perhaps only for one programme.
     *
     * @param organisation the organisation's name, or null for every organisation
     * @param programme the programme's name when the role is held for it alone, else null
     */
    public record RoleLine(Role role, String organisation, String programme) {}

    /** What a gevinsteier follows: their benefits, what is due on them, their measures and the sign-offs waiting. */
    public record Owner(
            List<OwnedBenefit> benefits,
            List<IndicatorDue> due,
            List<AssignedMeasure> measures,
            List<OwnedElement> elements,
            List<PendingSignOff> signOffs) {}

    /** A benefit the user owns, with the worst traffic light among its indicators (NONE when unmeasured). */
    public record OwnedBenefit(Benefit benefit, Rag rag) {}

    /** What a måleansvarlig follows: the indicators due for measurement in their organisations. */
    public record Measurer(List<IndicatorDue> due) {}

    /**
     * A programme the user coordinates, with what needs the benefits office.
     *
     * @param warnings how many of its benefits carry each health warning, only the warnings some benefit carries
     */
    public record Coordinated(
            Programme programme,
            Map<HealthWarning, Long> warnings,
            List<ConflictStatus> unresolved,
            List<PendingApproval> awaiting) {}

    /** A programme whose steering group the user sits in, with the plan versions awaiting the user's decision. */
    public record Steered(Programme programme, List<PendingApproval> awaiting) {}
}
