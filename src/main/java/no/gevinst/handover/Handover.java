package no.gevinst.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * A benefit handed over to a line manager of the organisation that carries it on. Proposed by a coordinator of the
 * programme; the receiver alone accepts or declines it, once. The transitions are methods that refuse what the
 * status does not allow.
 *
 * @param organisation the receiving line organisation, where the receiver holds the gevinsteier role
 * @param reason why it was declined; blank otherwise
 * @param version optimistic lock of the row
 */
public record Handover(
        UUID id,
        BenefitId benefit,
        ProgrammeId programme,
        OrganisationId organisation,
        PersonId receiver,
        LocalDate handoverDate,
        HandoverSnapshot snapshot,
        HandoverStatus status,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        long version) {

    public Handover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(handoverDate, "handoverDate");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    /** A new proposal to the receiver. */
    public static Handover propose(
            BenefitId benefit,
            ProgrammeId programme,
            OrganisationId organisation,
            PersonId receiver,
            LocalDate date,
            HandoverSnapshot snapshot,
            String by,
            Instant at) {
        return new Handover(
                UUID.randomUUID(),
                benefit,
                programme,
                organisation,
                receiver,
                date,
                snapshot,
                HandoverStatus.PROPOSED,
                "",
                by,
                at,
                null,
                null,
                0);
    }

    /** The same proposal to another receiver or date, with what is left as it stands now. */
    public Handover revise(
            OrganisationId to, PersonId person, LocalDate date, HandoverSnapshot now, String by, Instant at) {
        requireProposed();
        return new Handover(id, benefit, programme, to, person, date, now, status, reason, by, at, null, null, version);
    }

    public Handover accept(String by, Instant at) {
        requireProposed();
        return decided(HandoverStatus.ACCEPTED, "", by, at);
    }

    /** Declines the handover; the reason is required, so the coordinator knows what to change. */
    public Handover decline(String why, String by, Instant at) {
        requireProposed();
        if (why == null || why.isBlank()) {
            throw InvalidInputException.of("reason", "handover.reason.required");
        }
        return decided(HandoverStatus.DECLINED, why.strip(), by, at);
    }

    /** The same handover as stored with the given version (the row's next one after an update). */
    public Handover withVersion(long newVersion) {
        return with(status, reason, decidedBy, decidedAt, newVersion);
    }

    private Handover decided(HandoverStatus outcome, String why, String by, Instant at) {
        return with(outcome, why, by, at, version);
    }

    private Handover with(HandoverStatus newStatus, String why, String by, Instant at, long newVersion) {
        return new Handover(
                id,
                benefit,
                programme,
                organisation,
                receiver,
                handoverDate,
                snapshot,
                newStatus,
                why,
                proposedBy,
                proposedAt,
                by,
                at,
                newVersion);
    }

    public boolean isAccepted() {
        return status == HandoverStatus.ACCEPTED;
    }

    public boolean isProposed() {
        return status == HandoverStatus.PROPOSED;
    }

    private void requireProposed() {
        if (status != HandoverStatus.PROPOSED) {
            throw InvalidInputException.of("status", "handover.notProposed", status.name());
        }
    }
}
