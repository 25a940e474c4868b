package no.gevinst.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure of the benefit that was neither done nor cancelled at handover, as the plan held it then.
 *
 * <p>Ids are kept as plain UUIDs: the record is stored as JSON in the handover's frozen snapshot.
 *
 * @param organisations where the benefits the measure serves arise or are invested in
 */
public record OpenMeasure(
        UUID measure, String action, UUID responsible, LocalDate deadline, String status, List<UUID> organisations) {

    public OpenMeasure {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** Needs more than one organisation to carry out: the regional coordinator coordinates it. */
    public boolean crossOrganisation() {
        return organisations.size() > 1;
    }
}
