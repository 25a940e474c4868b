package no.gevinst.story.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.story.FrozenIndicator;
import no.gevinst.story.GalleryItem;
import no.gevinst.story.Picture;
import no.gevinst.story.Stories;
import no.gevinst.story.Story;
import no.gevinst.story.StoryId;
import no.gevinst.story.StoryInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StoryService implements Stories {

    static final String ENTITY = "story";

    private final StoryRepository repository;
    private final Benefits benefits;
    private final Programmes programmes;
    private final StoryFigures figures;
    private final StoryDocument document;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    StoryService(
            StoryRepository repository,
            Benefits benefits,
            Programmes programmes,
            StoryFigures figures,
            StoryDocument document,
            AccessPolicy access,
            AuditLog auditLog) {
        this.repository = repository;
        this.benefits = benefits;
        this.programmes = programmes;
        this.figures = figures;
        this.document = document;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<GalleryItem> gallery() {
        java.util.Map<no.gevinst.shared.ProgrammeId, String> codes = new java.util.HashMap<>();
        programmes.visible().forEach(p -> codes.put(p.id(), p.code()));
        List<GalleryItem> items = new ArrayList<>();
        for (Story s : repository.ofProgrammes(programmes.visibleIds())) {
            if (s.approved() || canWrite(s.benefit())) {
                benefits.find(s.benefit())
                        .ifPresent(b -> items.add(new GalleryItem(s, codes.get(s.programme()), b.code(), b.title())));
            }
        }
        return items;
    }

    @Override
    public Optional<Story> find(StoryId id) {
        return repository
                .find(id)
                .filter(s -> programmes.visibleIds().contains(s.programme()))
                .filter(s -> s.approved() || canWrite(s.benefit()));
    }

    @Override
    public List<Story> ofBenefit(BenefitId benefit) {
        Benefit b = visible(benefit);
        boolean writer = benefits.canEdit(b);
        return repository.ofBenefit(benefit).stream()
                .filter(s -> writer || s.approved())
                .toList();
    }

    @Override
    public boolean canWrite(BenefitId benefit) {
        return benefits.find(benefit).map(benefits::canEdit).orElse(false);
    }

    @Override
    public boolean canApprove(Story story) {
        return !story.approved() && programmes.canCoordinate(story.programme());
    }

    @Override
    public void requireWriter(BenefitId benefit) {
        if (!benefits.canEdit(visible(benefit))) {
            throw new AccessDeniedException("Does not write stories of benefit " + benefit);
        }
    }

    @Override
    @Transactional
    public Story create(BenefitId benefit, StoryInput input, byte[] picture) {
        requireWriter(benefit);
        Benefit b = visible(benefit);
        StoryInput in = StoryRules.checked(input, picture != null);
        byte[] kept = picture == null ? null : PictureCheck.checked(picture);
        Story story = Story.draft(StoryId.newId(), b.programme(), benefit, in, kept != null, 0);
        repository.insert(story, kept);
        auditLog.record(AuditScope.of(b.programme()), ENTITY, story.id(), "create", null, story);
        return story;
    }

    @Override
    @Transactional
    public Story update(StoryId id, StoryInput input, byte[] picture, boolean removePicture, long expectedVersion) {
        Story before = existing(id);
        requireWriter(before.benefit());
        current(before, expectedVersion);
        draft(before);
        boolean withPicture = picture != null || (before.hasPicture() && !removePicture);
        StoryInput in = StoryRules.checked(input, withPicture);
        byte[] kept = picture == null ? null : PictureCheck.checked(picture);
        Story after = Story.draft(id, before.programme(), before.benefit(), in, withPicture, expectedVersion + 1);
        return write(before, after, expectedVersion, kept, removePicture && picture == null, "update");
    }

    @Override
    @Transactional
    public void delete(StoryId id, long expectedVersion) {
        Story before = existing(id);
        requireWriter(before.benefit());
        current(before, expectedVersion);
        draft(before);
        if (!repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, repository.version(id));
        }
        auditLog.record(AuditScope.of(before.programme()), ENTITY, id, "delete", before, null);
    }

    @Override
    @Transactional
    public Story approve(StoryId id, long expectedVersion) {
        Story before = existing(id);
        if (!programmes.canCoordinate(before.programme())) {
            throw new AccessDeniedException("Does not coordinate the programme of story " + id);
        }
        current(before, expectedVersion);
        draft(before);
        String by = access.currentUser().map(u -> u.username()).orElse("system");
        Story after = before.withApproval(
                figures.freeze(before.benefit(), NorwegianTime.today()), by, Instant.now(), expectedVersion + 1);
        return write(before, after, expectedVersion, null, false, "approve");
    }

    @Override
    public Optional<Picture> picture(StoryId id) {
        return find(id).filter(Story::hasPicture).flatMap(s -> repository.picture(id));
    }

    @Override
    public String chart(Story story, FrozenIndicator indicator, Locale locale) {
        return figures.svg(story.benefit(), indicator, indicator.name(), story.title(), locale);
    }

    @Override
    public byte[] pdf(StoryId id, Locale locale) {
        Story story = existing(id);
        Benefit benefit = visible(story.benefit());
        return document.pdf(story, benefit, picture(id).orElse(null), locale);
    }

    @Override
    @Transactional
    public Story loadApproved(BenefitId benefit, StoryInput input, byte[] picture) {
        Story draft = create(benefit, input, picture);
        return approve(draft.id(), draft.version());
    }

    private Story write(
            Story before, Story after, long expectedVersion, byte[] picture, boolean removePicture, String action) {
        if (!repository.update(after, expectedVersion, picture, removePicture)) {
            throw new VersionConflictException(ENTITY, after.id(), expectedVersion, repository.version(after.id()));
        }
        auditLog.record(AuditScope.of(after.programme()), ENTITY, after.id(), action, before, after);
        return after;
    }

    private static void current(Story story, long expectedVersion) {
        if (story.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, story.id(), expectedVersion, story.version());
        }
    }

    private static void draft(Story story) {
        if (story.approved()) {
            throw InvalidInputException.of("status", "story.notDraft");
        }
    }

    private Story existing(StoryId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Benefit visible(BenefitId benefit) {
        return benefits.find(benefit).orElseThrow(() -> new NotFoundException("benefit", benefit));
    }
}
