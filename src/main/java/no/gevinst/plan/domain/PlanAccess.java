package no.gevinst.plan.domain;

import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditScope;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who sees, edits and approves a plan: the rules every part of the plan service asks before it reads or writes. */
@Component
class PlanAccess {

    private final PlanRepository repository;
    private final Programmes programmes;
    private final AccessPolicy access;

    PlanAccess(PlanRepository repository, Programmes programmes, AccessPolicy access) {
        this.repository = repository;
        this.programmes = programmes;
        this.access = access;
    }

    /** The plan if its programme is visible to the user. */
    Optional<Plan> find(PlanId id) {
        return repository.find(id).filter(p -> programmes.find(p.programme()).isPresent());
    }

    Plan existing(PlanId id) {
        return find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    Programme existing(ProgrammeId programme) {
        return programmes.find(programme).orElseThrow(() -> new NotFoundException("programme", programme));
    }

    /** The plan, visible and the user's to edit. */
    Plan editable(PlanId id) {
        Plan plan = existing(id);
        requireEditor(plan);
        return plan;
    }

    /** The plan, visible and the user's to approve or send back. */
    Plan approvable(PlanId id) {
        Plan plan = existing(id);
        requireApprover(plan);
        return plan;
    }

    void requireCoordinator(ProgrammeId programme) {
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators create plans");
        }
    }

    void requireEditor(Plan plan) {
        if (!mayEdit(plan)) {
            throw new AccessDeniedException("Only the plan's coordinators change it");
        }
    }

    void requireApprover(Plan plan) {
        if (!mayApprove(plan)) {
            throw new AccessDeniedException("Only the steering group or the coordinators approve a plan");
        }
    }

    /** The programme's coordinators edit every plan; a party's benefit coordinators edit the party's own. */
    boolean mayEdit(Plan plan) {
        boolean partyCoordinator = plan.party() != null
                && access.currentUser()
                        .map(u -> u.holds(Role.GEVINSTKOORDINATOR, plan.party()))
                        .orElse(false);
        return partyCoordinator || programmes.canCoordinate(plan.programme());
    }

    /** The steering group decides; the programme's coordinators may record its decision. */
    boolean mayApprove(Plan plan) {
        Programme programme = existing(plan.programme());
        boolean steeringGroup = access.currentUser()
                .map(u -> u.holdsInProgramme(Role.STYRINGSGRUPPE, programme.id())
                        || u.holds(Role.STYRINGSGRUPPE, programme.owner()))
                .orElse(false);
        return steeringGroup || programmes.canCoordinate(plan.programme());
    }

    /** The name written on versions and approvals: the user's, or "system" for the application's own loaders. */
    String actor() {
        return access.currentUser().map(CurrentUser::displayName).orElse("system");
    }

    /** The programme and party a plan's entries in the audit log concern. */
    static AuditScope scope(Plan plan) {
        return AuditScope.of(plan.programme(), plan.party());
    }
}
