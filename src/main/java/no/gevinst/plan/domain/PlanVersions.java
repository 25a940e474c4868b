package no.gevinst.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.gevinst.audit.AuditLog;
import no.gevinst.plan.Approval;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans.ApprovalInput;
import no.gevinst.plan.VersionStatus;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * A plan's versions and their approval: drafts, their prose, submission, sending back, approval (which freezes the
 * content and supersedes the version approved before) and the comparison of two versions.
 */
@Component
class PlanVersions {

    private final PlanRepository repository;
    private final PlanEntryRepository entries;
    private final SnapshotReader reader;
    private final ChangeRecordsReader records;
    private final PlanAccess access;
    private final AuditLog auditLog;

    PlanVersions(
            PlanRepository repository,
            PlanEntryRepository entries,
            SnapshotReader reader,
            ChangeRecordsReader records,
            PlanAccess access,
            AuditLog auditLog) {
        this.records = records;
        this.repository = repository;
        this.entries = entries;
        this.reader = reader;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The first draft of a plan just created. */
    void first(Plan plan) {
        repository.insert(PlanVersion.draft(plan.id(), 1, "", PlanSections.EMPTY, access.actor(), Instant.now()));
    }

    List<PlanVersion> of(PlanId plan) {
        access.existing(plan);
        return repository.versions(plan);
    }

    PlanVersion version(PlanId plan, int number) {
        access.existing(plan);
        return repository
                .version(plan, number)
                .orElseThrow(() -> new NotFoundException("plan version", plan + "/" + number));
    }

    /** A version's content: frozen once approved, else from the records as they are now; without the records beside it. */
    PlanSnapshot content(PlanId plan, int number) {
        PlanVersion version = version(plan, number);
        if (version.status().isFrozen()) {
            return repository.snapshot(plan, number).orElseThrow().withRecords(null);
        }
        return live(access.existing(plan), version.sections());
    }

    /**
     * (issue 19) A version's content with the records on change, learning and configuration beside it, for its
     * document: as frozen at approval (none in a snapshot frozen before they were kept), for a draft as they are now.
     */
    PlanSnapshot documentContent(PlanId plan, int number) {
        PlanVersion version = version(plan, number);
        if (version.status().isFrozen()) {
            return repository.snapshot(plan, number).orElseThrow();
        }
        return withRecords(access.existing(plan), version.sections());
    }

    /** What the plan holds from the records as they are now, with the given prose and the records beside it. */
    PlanSnapshot withRecords(Plan plan, PlanSections sections) {
        PlanSnapshot content = live(plan, sections);
        return content.withRecords(records.read(plan, content));
    }

    /** What the plan holds from the records as they are now, with the given prose. */
    PlanSnapshot live(Plan plan, PlanSections sections) {
        return reader.read(plan, sections, entries.measures(plan.id()), entries.risks(plan.id()));
    }

    PlanVersion newDraft(PlanId id, String reason) {
        Plan plan = access.editable(id);
        PlanVersion latest = repository.versions(id).getFirst();
        Violations v = new Violations();
        if (!latest.status().isFrozen()) {
            v.add("reason", "plan.version.openExists", latest.number());
        }
        if (Inputs.text(reason).isEmpty()) {
            v.add("reason", "plan.version.reasonRequired");
        }
        v.throwIfAny();
        PlanVersion draft = PlanVersion.draft(
                id, latest.number() + 1, Inputs.text(reason), latest.sections(), access.actor(), Instant.now());
        repository.insert(draft);
        auditLog.record(PlanAccess.scope(plan), "plan-version", id.value(), "draft", null, draft);
        return draft;
    }

    PlanVersion editSections(PlanId id, int number, PlanSections sections, long expectedVersion) {
        access.editable(id);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(() -> before.withSections(sections)), null, "edit");
    }

    PlanVersion submit(PlanId id, int number, long expectedVersion) {
        access.editable(id);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(() -> before.submit(access.actor(), Instant.now())), null, "submit");
    }

    PlanVersion returnToDraft(PlanId id, int number, long expectedVersion) {
        access.approvable(id);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(before::returnToDraft), null, "return");
    }

    PlanVersion approve(PlanId id, int number, ApprovalInput input, long expectedVersion) {
        Plan plan = access.approvable(id);
        PlanVersion before = current(id, number, expectedVersion);
        Approval approval = approval(plan, input);
        PlanVersion approved = step(() -> before.approve(approval));
        // The version approved before this one is replaced by it; only one approved version stands at a time.
        repository.versions(id).stream()
                .filter(x -> x.status() == VersionStatus.APPROVED)
                .forEach(x -> save(x, x.supersede(), null, "supersede"));
        return save(before, approved, withRecords(plan, before.sections()), "approve");
    }

    /** The decision as typed, or every fault in it; a plan is approved only with its valuation at hand. */
    private Approval approval(Plan plan, ApprovalInput input) {
        Violations v = new Violations();
        String body = Inputs.text(input.onBehalfOf());
        if (body.isEmpty()) {
            v.add("onBehalfOf", "plan.approval.body");
        }
        LocalDate date = Inputs.date(input.decisionDate(), "decisionDate", v);
        if (date == null && !v.has("decisionDate")) {
            v.add("decisionDate", "plan.approval.date");
        } else if (date != null && date.isAfter(NorwegianTime.today())) {
            v.add("decisionDate", "plan.approval.future");
        }
        String reference = Inputs.text(input.reference());
        if (reference.isEmpty()) {
            v.add("reference", "plan.approval.reference");
        }
        reader.requireValuation(plan, v);
        v.throwIfAny();
        return new Approval(access.actor(), body, date, reference, Instant.now());
    }

    Comparison compare(PlanId id, int from, int to) {
        PlanVersion later = version(id, Math.max(from, to));
        PlanSnapshot before = content(id, Math.min(from, to));
        PlanSnapshot after = content(id, Math.max(from, to));
        String by = later.approval() == null
                ? later.createdBy()
                : later.createdBy() + " / " + later.approval().approvedBy();
        return new Comparison(
                Math.min(from, to), Math.max(from, to), by, later.reason(), SnapshotComparer.compare(before, after));
    }

    private PlanVersion current(PlanId id, int number, long expectedVersion) {
        PlanVersion version = version(id, number);
        if (version.version() != expectedVersion) {
            // Refuses a write based on a version of the record that someone has changed since.
            throw new VersionConflictException("plan version", id + "/" + number, expectedVersion, version.version());
        }
        return version;
    }

    /** Writes a transition; a concurrent one in between loses nothing but is refused. */
    private PlanVersion save(PlanVersion before, PlanVersion after, PlanSnapshot snapshot, String action) {
        if (!repository.update(after, snapshot)) {
            throw new VersionConflictException(
                    "plan version", before.plan() + "/" + before.number(), before.version(), before.version() + 1);
        }
        auditLog.record(
                PlanAccess.scope(access.existing(before.plan())),
                "plan-version",
                before.plan().value(),
                action,
                before,
                after);
        return repository.version(after.plan(), after.number()).orElseThrow();
    }

    /** Runs a transition; a step the method does not allow becomes a violation of the version's status. */
    private static PlanVersion step(Supplier<PlanVersion> transition) {
        try {
            return transition.get();
        } catch (IllegalStateException e) {
            throw InvalidInputException.of("status", "plan.version.illegalStep");
        }
    }
}
