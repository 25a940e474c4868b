package no.gevinst.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;

/**
 * The programmes the current user may see, and their objectives. A user sees a programme when one of their
 * organisations owns it or is a party to it, or when they hold a role in it; administrators see all.
 */
public interface Programmes {

    /** The programmes the current user may see, by code. */
    List<Programme> visible();

    /** The ids of the programmes the current user may see. */
    Set<ProgrammeId> visibleIds();

    /** The programme, if the current user may see it. */
    Optional<Programme> find(ProgrammeId id);

    /**
     * The name of every programme by id, whether the user may see it or not (issue 18): a programme's coordinator
     * shares a benefit with another organisation's programme, which they cannot open, and then needs its name.
     */
    java.util.Map<ProgrammeId, String> names();

    /** True when the current user coordinates the programme: edits everything in it. */
    boolean canCoordinate(ProgrammeId id);

    /** The programme if the current user may see it; otherwise a NotFoundException naming the programme. */
    default Programme require(ProgrammeId id) {
        return find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    /**
     * The programme if the current user coordinates it: the check the modules that keep a programme's own registers
     * (processes, stakeholders, maturity rounds) make before every write. One they do not see is not found (404), one
     * they see but do not coordinate is refused (403).
     */
    default Programme requireCoordinator(ProgrammeId id) {
        Programme programme = require(id);
        if (!canCoordinate(id)) {
            throw new AccessDeniedException("Does not coordinate programme " + id);
        }
        return programme;
    }

    /** True when the current user may create programmes: an administrator or a coordinator somewhere. */
    boolean canCreate();

    /** Creates a programme with the default framework; administrators and coordinators of the owner. */
    Programme create(ProgrammeInput input);

    /**
     * Changes the programme's profile. Its current phase is left as it is: a phase is left only through the phase
     * gate, so a current phase other than the present one is refused.
     */
    Programme update(ProgrammeId id, ProgrammeInput input, long expectedVersion);

    /**
     * Moves the programme to the phase after its current one; its coordinators. Skipping a phase or going back is
     * refused. Meant for the phase gate, which checks what the method demands and records the decision first.
     */
    Programme moveToPhase(ProgrammeId id, Phase next);

    /** Adds a benefit area or priority area to the programme's framework. */
    FrameworkItem addFrameworkItem(ProgrammeId id, FrameworkKind kind, String name);

    /**
     * Gives one of the programme's areas or priority areas a new name; its coordinators. The framework is part of the
     * programme, so the programme's version read guards it (stale: VersionConflictException) and the programme is
     * answered with its new version.
     */
    Programme renameFrameworkItem(
            ProgrammeId id, no.gevinst.shared.FrameworkItemId item, String name, long expectedVersion);

    /**
     * Removes an area or priority area no benefit uses (issue 21); its coordinators, with the programme's version
     * read. One a benefit uses is refused naming the item and how many use it: benefits keep their area, and a
     * lesson that named it keeps no area. Answers the programme with its new version.
     */
    Programme removeFrameworkItem(ProgrammeId id, no.gevinst.shared.FrameworkItemId item, long expectedVersion);

    /** The programme's objectives, by number. */
    List<Objective> objectives(ProgrammeId id);

    /** The objectives of several programmes, by programme and number. */
    List<Objective> objectives(Set<ProgrammeId> ids);

    Objective addObjective(ProgrammeId id, ObjectiveInput input);

    Objective updateObjective(ObjectiveId id, ObjectiveInput input, long expectedVersion);
}
