package no.gevinst.lesson.web;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonInput;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;

/**
 * The lesson form as the page binds it. Its shape (a title, what happened and a recommendation given) is checked at the
 * edge with Bean Validation, in the service's own words; the rules stay there.
 */
public class LessonForm {

    @NotBlank(message = "{lesson.title.required}")
    private String title;

    @NotBlank(message = "{lesson.happened.required}")
    private String happened;

    private String worked;
    private String didNotWork;

    @NotBlank(message = "{lesson.recommendation.required}")
    private String recommendation;

    private String phase;
    private String areaId;
    private String processTag;
    private List<String> benefitIds = new ArrayList<>();
    private String version = "0";

    static LessonForm of(Lesson lesson) {
        LessonForm form = new LessonForm();
        form.title = lesson.title();
        form.happened = lesson.happened();
        form.worked = lesson.worked();
        form.didNotWork = lesson.didNotWork();
        form.recommendation = lesson.recommendation();
        form.phase = lesson.phase().name();
        form.areaId = lesson.area() == null ? "" : lesson.area().toString();
        form.processTag = lesson.process();
        form.benefitIds = new ArrayList<>(
                lesson.benefits().stream().map(BenefitId::toString).toList());
        form.version = Long.toString(lesson.version());
        return form;
    }

    LessonInput toInput() {
        return new LessonInput(
                title, happened, worked, didNotWork, recommendation, phase, areaId, processTag, benefitIds);
    }

    /** The version the form was read at; an InvalidInputException naming {@code version} when it is no number. */
    long expectedVersion() {
        return Versions.parse(version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHappened() {
        return happened;
    }

    public void setHappened(String happened) {
        this.happened = happened;
    }

    public String getWorked() {
        return worked;
    }

    public void setWorked(String worked) {
        this.worked = worked;
    }

    public String getDidNotWork() {
        return didNotWork;
    }

    public void setDidNotWork(String didNotWork) {
        this.didNotWork = didNotWork;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String areaId) {
        this.areaId = areaId;
    }

    public String getProcessTag() {
        return processTag;
    }

    public void setProcessTag(String processTag) {
        this.processTag = processTag;
    }

    public List<String> getBenefitIds() {
        return benefitIds;
    }

    public void setBenefitIds(List<String> benefitIds) {
        this.benefitIds = benefitIds == null ? new ArrayList<>() : benefitIds;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    /** Reads a version as a form sends it. */
    static final class Versions {

        private Versions() {}

        static long parse(String text) {
            try {
                long v = Long.parseLong(text == null ? "" : text.strip());
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw InvalidInputException.of("version", "version.invalid");
        }
    }
}
