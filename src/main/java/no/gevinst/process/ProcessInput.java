package no.gevinst.process;

import java.util.List;

/** A process as typed; the service parses and checks every field, naming the ones that are wrong. */
public record ProcessInput(
        String name,
        String kind,
        String ownerId,
        String description,
        List<String> organisationIds,
        List<String> indicatorIds) {

    public ProcessInput {
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    }
}
