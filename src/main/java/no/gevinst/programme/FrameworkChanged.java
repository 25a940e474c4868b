package no.gevinst.programme;

import java.util.List;
import no.gevinst.shared.ProgrammeId;

/**
 * Published in the transaction of every write of a programme's framework (its creation with the default lists, an
 * item added or renamed, an import), carrying the whole framework as it now stands: a module that keeps a copy of the
 * names replaces the programme's copy with this list, so that an item renamed or gone cannot linger (issue 21).
 */
public record FrameworkChanged(ProgrammeId programme, List<FrameworkItem> framework) {

    public FrameworkChanged {
        framework = List.copyOf(framework);
    }
}
