package no.gevinst.story;

import java.time.Instant;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A success story tied to a benefit (seed 000 §2.3.5). Its picture is read apart ({@link Stories#picture}).
 *
 * @param figures the benefit's figures frozen at approval; null while a draft
 * @param approvedBy the username of the coordinator who approved it; null while a draft
 */
public record Story(
        StoryId id,
        ProgrammeId programme,
        BenefitId benefit,
        String title,
        String text,
        String people,
        String units,
        boolean hasPicture,
        String pictureAlt,
        StoryStatus status,
        FrozenFigures figures,
        String approvedBy,
        Instant approvedAt,
        long version)
        implements Versioned {

    /**
     * A draft as its writer left it, at the version: no figures or approval yet, and no picture text without a
     * picture.
     */
    public static Story draft(
            StoryId id, ProgrammeId programme, BenefitId benefit, StoryInput in, boolean hasPicture, long version) {
        return new Story(
                id,
                programme,
                benefit,
                in.title(),
                in.text(),
                in.people(),
                in.units(),
                hasPicture,
                hasPicture ? in.pictureAlt() : null,
                StoryStatus.DRAFT,
                null,
                null,
                null,
                version);
    }

    /** This story approved by the user at the moment, with the benefit's figures frozen then, at the version. */
    public Story withApproval(FrozenFigures frozen, String by, Instant at, long newVersion) {
        return new Story(
                id,
                programme,
                benefit,
                title,
                text,
                people,
                units,
                hasPicture,
                pictureAlt,
                StoryStatus.APPROVED,
                frozen,
                by,
                at,
                newVersion);
    }

    public boolean approved() {
        return status == StoryStatus.APPROVED;
    }
}
