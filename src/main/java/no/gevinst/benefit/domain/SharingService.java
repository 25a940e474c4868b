package no.gevinst.benefit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitMerge;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.BenefitsMerged;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares of benefits between programmes, proposed by the home programme's coordinator and accepted by the receiving
 * programme's, and merges of two benefits found to be the same. Every write checks and writes in one transaction and
 * is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
class SharingService implements BenefitSharing {

    static final String SHARE = "benefit_share";
    static final String MERGE = "benefit_merge";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SharingRepository repository;
    private final Benefits benefits;
    private final BenefitRepository register;
    private final Programmes programmes;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    SharingService(
            SharingRepository repository,
            Benefits benefits,
            BenefitRepository register,
            Programmes programmes,
            AccessPolicy access,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.benefits = benefits;
        this.register = register;
        this.programmes = programmes;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Override
    public List<BenefitShare> shares(BenefitId benefit) {
        return repository.shares(benefit);
    }

    @Override
    public Map<BenefitId, List<BenefitShare>> shares(Collection<BenefitId> ids) {
        return repository.shares(ids);
    }

    @Override
    public Map<BenefitId, Percent> sharedWith(ProgrammeId programme) {
        return programmes.find(programme).isPresent() ? repository.accepted(programme) : Map.of();
    }

    @Override
    public List<BenefitShare> sharedOutOf(ProgrammeId programme) {
        return programmes.find(programme).isPresent() ? repository.acceptedOutOf(programme) : List.of();
    }

    @Override
    public Percent homeShare(BenefitId benefit) {
        return new Percent(HUNDRED.subtract(sharedOut(repository.shares(benefit))));
    }

    @Override
    public List<BenefitShare> awaitingMyAcceptance() {
        List<ProgrammeId> mine = programmes.visible().stream()
                .map(p -> p.id())
                .filter(programmes::canCoordinate)
                .toList();
        return mine.isEmpty() ? List.of() : repository.proposedTo(mine);
    }

    @Override
    public boolean canPropose(Benefit benefit) {
        return programmes.canCoordinate(benefit.programme());
    }

    @Override
    public boolean canAccept(BenefitShare share) {
        return !share.accepted() && programmes.canCoordinate(share.programme());
    }

    @Override
    public boolean canEnd(Benefit benefit, BenefitShare share) {
        return programmes.canCoordinate(benefit.programme()) || programmes.canCoordinate(share.programme());
    }

    @Override
    @Transactional
    public BenefitShare propose(BenefitId id, String programmeText, String shareText) {
        Benefit benefit = visible(id);
        if (!canPropose(benefit)) {
            throw new AccessDeniedException("Only the home programme's coordinators share " + benefit.code());
        }
        repository.lockBenefits(id);
        List<BenefitShare> existing = repository.shares(id);
        // Any programme: the receiving one is usually another organisation's, which the proposer cannot open.
        ProgrammeId programme = Ids.parse(programmeText, ProgrammeId::new)
                .filter(programmes.names()::containsKey)
                .orElseThrow(() -> InvalidInputException.of("programme", "sharing.programme.unknown"));
        if (programme.equals(benefit.programme())) {
            throw InvalidInputException.of("programme", "sharing.programme.home");
        }
        if (existing.stream().anyMatch(s -> s.programme().equals(programme))) {
            throw InvalidInputException.of("programme", "sharing.programme.already");
        }
        Percent share = percent(shareText);
        BigDecimal total = sharedOut(existing).add(share.value());
        if (total.compareTo(HUNDRED) > 0) {
            throw InvalidInputException.of(
                    "share", "sharing.share.over100", total.stripTrailingZeros().toPlainString());
        }
        BenefitShare proposed = new BenefitShare(
                id,
                programme,
                share,
                actor(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                null,
                null,
                0);
        repository.insert(proposed);
        auditLog.record(AuditScope.of(benefit.programme()), SHARE, id, "propose", null, proposed);
        return proposed;
    }

    @Override
    @Transactional
    public BenefitShare accept(BenefitId id, ProgrammeId programme, long expectedVersion) {
        visible(id);
        // Rights before the share is looked up: whether a programme was asked says nothing to those refused.
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the receiving programme's coordinators accept a share");
        }
        BenefitShare before = share(id, programme);
        if (before.accepted() || before.version() != expectedVersion) {
            throw new VersionConflictException(SHARE, id, expectedVersion, before.version());
        }
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!repository.accept(id, programme, expectedVersion, actor(), now)) {
            throw new VersionConflictException(SHARE, id, expectedVersion, expectedVersion + 1);
        }
        BenefitShare after = new BenefitShare(
                id,
                programme,
                before.share(),
                before.proposedBy(),
                before.proposedAt(),
                actor(),
                now,
                expectedVersion + 1);
        auditLog.record(AuditScope.of(programme), SHARE, id, "accept", before, after);
        return after;
    }

    @Override
    @Transactional
    public void end(BenefitId id, ProgrammeId programme, long expectedVersion) {
        Benefit benefit = visible(id);
        if (!programmes.canCoordinate(benefit.programme()) && !programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the coordinators of either programme end a share");
        }
        BenefitShare before = share(id, programme);
        if (!repository.delete(id, programme, expectedVersion)) {
            throw new VersionConflictException(SHARE, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(benefit.programme()), SHARE, id, "end", before, null);
    }

    @Override
    public Optional<BenefitMerge> mergedInto(BenefitId benefit) {
        return repository.mergedInto(benefit);
    }

    @Override
    public List<BenefitMerge> mergedFrom(BenefitId benefit) {
        return repository.mergedFrom(benefit);
    }

    @Override
    public List<BenefitMerge> merges(BenefitId benefit) {
        return repository.merges(benefit);
    }

    @Override
    public boolean canMerge(Benefit kept) {
        return programmes.canCoordinate(kept.programme());
    }

    @Override
    @Transactional
    public BenefitMerge merge(BenefitId keptId, String mergedCode, String reason, String reference, long keptVersion) {
        Benefit kept = visible(keptId);
        if (!canMerge(kept)) {
            throw new AccessDeniedException("Only the programme's coordinators merge into " + kept.code());
        }
        MergeInput input = MergeInput.read(mergedCode, reason, reference);
        Benefit merged = input.code()
                .flatMap(register::findByCode)
                .flatMap(benefits::find)
                .orElseThrow(() -> InvalidInputException.of("mergedCode", "merge.code.unknown"));
        if (merged.id().equals(keptId)) {
            throw InvalidInputException.of("mergedCode", "merge.code.same");
        }
        if (!programmes.canCoordinate(merged.programme())) {
            throw new AccessDeniedException("Only a coordinator of both programmes merges " + merged.code());
        }
        repository.lockBenefits(keptId, merged.id());
        if (repository.mergedInto(merged.id()).isPresent()
                || repository.mergedInto(keptId).isPresent()) {
            throw InvalidInputException.of("mergedCode", "merge.code.alreadyMerged");
        }
        if (kept.version() != keptVersion
                || register.find(keptId).map(Benefit::version).orElse(-1L) != keptVersion) {
            throw new VersionConflictException(BenefitService.ENTITY, keptId, keptVersion, kept.version());
        }
        BenefitMerge decision = new BenefitMerge(
                merged.id(),
                keptId,
                actor(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                input.reason(),
                input.reference());
        repository.insertMerge(decision);
        repository.moveAllocations(keptId, merged.id());
        register.announce(java.util.List.of(keptId));
        auditLog.record(AuditScope.of(kept.programme()), MERGE, keptId, "merge", null, decision);
        auditLog.record(AuditScope.of(merged.programme()), MERGE, merged.id(), "merged", null, decision);
        events.publishEvent(new BenefitsMerged(keptId, merged.id()));
        return decision;
    }

    private Benefit visible(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }

    /** The share with the programme; a programme not sharing the benefit is refused naming the field. */
    private BenefitShare share(BenefitId id, ProgrammeId programme) {
        return repository.shares(id).stream()
                .filter(s -> s.programme().equals(programme))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("programme", "sharing.programme.notSharing"));
    }

    private static BigDecimal sharedOut(List<BenefitShare> shares) {
        return shares.stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Percent percent(String text) {
        try {
            Percent share = Percent.of(text == null ? "" : text);
            if (share.value().signum() == 0) {
                throw new IllegalArgumentException("zero");
            }
            return share;
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw InvalidInputException.of("share", "sharing.share.invalid");
        }
    }

    private String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }
}
