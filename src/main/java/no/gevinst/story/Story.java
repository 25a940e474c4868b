package no.gevinst.story;

import java.time.Instant;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

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
        long version) {

    public boolean approved() {
        return status == StoryStatus.APPROVED;
    }
}
