package no.gevinst.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;

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

    /** True when the current user coordinates the programme: edits everything in it. */
    boolean canCoordinate(ProgrammeId id);

    /** Creates a programme with the default framework; administrators and coordinators of the owner. */
    Programme create(ProgrammeInput input);

    Programme update(ProgrammeId id, ProgrammeInput input, long expectedVersion);

    /** Adds a benefit area or priority area to the programme's framework. */
    FrameworkItem addFrameworkItem(ProgrammeId id, FrameworkKind kind, String name);

    /** The programme's objectives, by number. */
    List<Objective> objectives(ProgrammeId id);

    /** The objectives of several programmes, by programme and number. */
    List<Objective> objectives(Set<ProgrammeId> ids);

    Objective addObjective(ProgrammeId id, ObjectiveInput input);

    Objective updateObjective(ObjectiveId id, ObjectiveInput input, long expectedVersion);
}
