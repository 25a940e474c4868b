package no.gevinst.story;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.shared.BenefitId;

/**
 * Success stories (suksesshistorier, seed 000 §2.3.5: "underbygge disse med data"). Whoever may edit a benefit (its
 * programme's coordinators and its owner) writes its stories as drafts, with an optional picture; a coordinator of the
 * programme approves a draft for publication, which freezes the benefit's indicator figures as they stand then, so the
 * story stays true whatever is measured later. Approved stories are read by all who see the programme; drafts only by
 * their writers. Every write is audited; a stale version is a VersionConflictException, bad input an
 * InvalidInputException naming the field, a story or benefit the user may not see a NotFoundException.
 */
public interface Stories {

    /** The largest picture accepted, in bytes, before it is read. */
    int MAX_PICTURE_BYTES = 2 * 1024 * 1024;

    /** Approved stories of every programme the user sees, and the drafts the user may write; the newest first. */
    List<GalleryItem> gallery();

    Optional<Story> find(StoryId id);

    /** The stories of a benefit the user sees: approved ones, and drafts when the user may write them. */
    List<Story> ofBenefit(BenefitId benefit);

    /** Whether the current user may write stories of the benefit. */
    boolean canWrite(BenefitId benefit);

    /** Whether the current user may approve the story (a coordinator of its programme, while a draft). */
    boolean canApprove(Story story);

    /** Refuses unless the current user may write stories of the benefit (NotFoundException when not visible). */
    void requireWriter(BenefitId benefit);

    /**
     * Writes a draft.
     *
     * @param picture the uploaded bytes, or null for none; a PNG or JPEG of at most {@link #MAX_PICTURE_BYTES}
     */
    Story create(BenefitId benefit, StoryInput input, byte[] picture);

    /** Changes a draft; a null picture keeps the one it has, unless {@code removePicture}. */
    Story update(StoryId id, StoryInput input, byte[] picture, boolean removePicture, long expectedVersion);

    /** Deletes a draft; an approved story stays (an InvalidInputException naming {@code status}). */
    void delete(StoryId id, long expectedVersion);

    /** Approves a draft for publication, freezing the benefit's figures as they stand today. */
    Story approve(StoryId id, long expectedVersion);

    Optional<Picture> picture(StoryId id);

    /** The frozen chart of one of the story's indicators, as SVG, in the reader's language. */
    String chart(Story story, FrozenIndicator indicator, Locale locale);

    /** The story on one page, PDF/UA. */
    byte[] pdf(StoryId id, Locale locale);

    /**
     * An approved story written as the coordinator who calls it: for the application's own loaders (the demo), never
     * for requests.
     */
    Story loadApproved(BenefitId benefit, StoryInput input, byte[] picture);
}
