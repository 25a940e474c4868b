package no.gevinst.programme;

import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;

/** An effektmål: what the programme shall achieve, numbered within the programme. */
public record Objective(ObjectiveId id, ProgrammeId programme, int number, String description, long version) {

    /** "6. Økt effektivitet og bedre ressursbruk". */
    public String label() {
        return number + ". " + description;
    }
}
