package no.gevinst.handover.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.HandoverCommand;
import no.gevinst.handover.HandoverSnapshot;
import no.gevinst.handover.Handovers;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.handover.LineOwnerWarning;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class HandoverService implements Handovers {

    static final String ENTITY = "handover";

    private final HandoverRepository repository;
    private final Benefits benefits;
    private final Programmes programmes;
    private final Receivers receivers;
    private final SnapshotTaker snapshots;
    private final Backlog backlog;
    private final LineOwners lineOwners;
    private final HandoverDocument document;
    private final AuditLog auditLog;
    private final LineTakeover takeover;

    HandoverService(
            HandoverRepository repository,
            Benefits benefits,
            Programmes programmes,
            Receivers receivers,
            SnapshotTaker snapshots,
            Backlog backlog,
            LineOwners lineOwners,
            HandoverDocument document,
            AuditLog auditLog,
            LineTakeover takeover) {
        this.repository = repository;
        this.benefits = benefits;
        this.programmes = programmes;
        this.receivers = receivers;
        this.snapshots = snapshots;
        this.backlog = backlog;
        this.lineOwners = lineOwners;
        this.document = document;
        this.auditLog = auditLog;
        this.takeover = takeover;
    }

    @Override
    public Optional<Handover> current(BenefitId benefit) {
        List<Handover> history = history(benefit);
        return history.stream()
                .filter(h -> !h.status().equals(no.gevinst.handover.HandoverStatus.DECLINED))
                .findFirst()
                .or(() -> history.stream().findFirst());
    }

    @Override
    public List<Handover> history(BenefitId benefit) {
        return repository.ofBenefit(visible(benefit).id());
    }

    @Override
    public boolean canPropose(BenefitId benefit) {
        return benefits.find(benefit)
                .map(b -> programmes.canCoordinate(b.programme()))
                .orElse(false);
    }

    @Override
    public boolean canDecide(Handover handover) {
        return handover.isProposed() && isReceiver(handover);
    }

    @Override
    public boolean isReceiver(Handover handover) {
        return receivers.currentPerson().map(handover.receiver()::equals).orElse(false);
    }

    @Override
    public List<Person> receivers(BenefitId benefit) {
        return receivers.of(programme(visible(benefit)));
    }

    @Override
    @Transactional
    public Handover propose(BenefitId id, HandoverCommand input) {
        Benefit benefit = visible(id);
        if (!programmes.canCoordinate(benefit.programme())) {
            throw new AccessDeniedException("Requires coordinating the benefit's programme");
        }
        Programme programme = programme(benefit);
        Violations violations = new Violations();
        Person receiver = receiver(input.receiver(), programme, violations);
        LocalDate date = input.handoverDate();
        violations.throwIfAny();
        HandoverSnapshot snapshot = snapshots.take(benefit, date);
        Instant now = Instant.now();
        Optional<Handover> open = repository.currentForUpdate(id);
        if (open.isPresent() && open.get().isAccepted()) {
            throw InvalidInputException.of("receiverId", "handover.alreadyAccepted");
        }
        if (open.isPresent()) {
            return revise(open.get(), input, receiver, date, snapshot, now);
        }
        Handover created = Handover.propose(
                id,
                benefit.programme(),
                receiver.organisation(),
                receiver.id(),
                date,
                snapshot,
                receivers.currentUsername(),
                now);
        repository.insert(created);
        auditLog.record(scope(created), ENTITY, created.id(), "create", null, created);
        return created;
    }

    /** The proposal revised while not yet accepted: the receiver, the date and the snapshot taken again. */
    private Handover revise(
            Handover before,
            HandoverCommand input,
            Person receiver,
            LocalDate date,
            HandoverSnapshot snapshot,
            Instant now) {
        requireVersion(before, input.version());
        Handover after =
                before.revise(receiver.organisation(), receiver.id(), date, snapshot, receivers.currentUsername(), now);
        store(before, after);
        auditLog.record(scope(after), ENTITY, after.id(), "update", before, after);
        return after.withVersion(after.version() + 1);
    }

    @Override
    @Transactional
    public Handover accept(BenefitId benefit, long expectedVersion) {
        Handover before = decidable(benefit, expectedVersion);
        Handover after = before.accept(receivers.currentUsername(), Instant.now());
        store(before, after);
        auditLog.record(scope(after), ENTITY, after.id(), "accept", before, after);
        backlog.takeOver(after);
        if (LineOwners.isClosed(programme(visible(benefit)))) {
            takeover.takeEffect(after); // accepted after close: the benefit passes to the line at once
        }
        return after.withVersion(after.version() + 1);
    }

    @Override
    @Transactional
    public Handover decline(BenefitId benefit, String reason, long expectedVersion) {
        Handover before = decidable(benefit, expectedVersion);
        Inputs.refusal("reason", reason).ifPresent(v -> {
            throw new InvalidInputException(List.of(v));
        });
        Handover after = before.decline(reason, receivers.currentUsername(), Instant.now());
        store(before, after);
        auditLog.record(scope(after), ENTITY, after.id(), "decline", before, after);
        return after.withVersion(after.version() + 1);
    }

    @Override
    public List<Handover> awaitingCurrentUser() {
        return receivers
                .currentPerson()
                .map(p -> repository.proposedTo(p, programmes.visibleIds()))
                .orElse(List.of());
    }

    @Override
    public List<Handover> toOrganisation(OrganisationId organisation) {
        return repository.toOrganisation(organisation, programmes.visibleIds());
    }

    @Override
    public List<LineOwnerWarning> withoutLineOwner(List<ProgrammeId> chosen) {
        return lineOwners.without(chosen, null);
    }

    @Override
    public List<LineOwnerWarning> withoutLineOwnerIn(OrganisationId organisation) {
        return lineOwners.without(List.of(), organisation);
    }

    @Override
    public List<ImprovementItem> backlog(OrganisationId organisation) {
        return backlog.of(organisation);
    }

    @Override
    public boolean canAssign(OrganisationId organisation) {
        return backlog.canAssign(organisation);
    }

    @Override
    @Transactional
    public ImprovementItem assign(UUID item, @Nullable PersonId coordinator, long expectedVersion) {
        return backlog.assign(item, coordinator, expectedVersion);
    }

    @Override
    public byte[] document(OrganisationId organisation) {
        return document.pdf(organisation, toOrganisation(organisation));
    }

    /** The proposal waiting for the current user's answer; the receiver alone may give it. */
    private Handover decidable(BenefitId benefit, long expectedVersion) {
        visible(benefit);
        Handover open = repository
                .currentForUpdate(benefit)
                .orElseThrow(() -> new NotFoundException("handover of benefit", benefit));
        if (!isReceiver(open)) {
            throw new AccessDeniedException("Only the receiver accepts or declines a handover");
        }
        requireVersion(open, expectedVersion);
        return open;
    }

    /** The person, who must exist and be a line manager of one of the programme's organisations. */
    private Person receiver(PersonId id, Programme programme, Violations violations) {
        Optional<Person> person = receivers.find(id);
        if (person.isEmpty()) {
            violations.add("receiverId", "person.unknown");
            return null;
        }
        if (!receivers.isLineManager(person.get(), programme)) {
            violations.add("receiverId", "handover.receiver.notLineManager");
        }
        return person.get();
    }

    private static void requireVersion(Handover stored, Long expected) {
        if (expected == null || stored.version() != expected) {
            throw new VersionConflictException(ENTITY, stored.id(), expected == null ? -1 : expected, stored.version());
        }
    }

    private void store(Handover before, Handover after) {
        if (!repository.update(after)) {
            throw new VersionConflictException(ENTITY, after.id(), before.version(), before.version() + 1);
        }
    }

    private Benefit visible(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }

    private Programme programme(Benefit benefit) {
        return programmes
                .find(benefit.programme())
                .orElseThrow(() -> new NotFoundException("programme", benefit.programme()));
    }

    private static AuditScope scope(Handover h) {
        return AuditScope.of(h.programme(), h.organisation());
    }
}
