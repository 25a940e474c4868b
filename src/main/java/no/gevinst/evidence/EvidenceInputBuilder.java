package no.gevinst.evidence;

import java.util.List;

/**
 * Builds an {@link EvidenceInput} by name instead of by fifteen positions. Values left unset are blank, as in a form sent with the field empty.
 */
public final class EvidenceInputBuilder {

    private String kind = "";
    private String title = "";
    private String design = "";
    private String performedBy = "";
    private String periodStart = "";
    private String periodEnd = "";
    private String status = "";
    private String result = "";
    private String effectSize = "";
    private String effectUnit = "";
    private String ciLow = "";
    private String ciHigh = "";
    private String source = "";
    private String sourceUrl = "";
    private List<String> benefitIds = List.of();

    private EvidenceInputBuilder() {}

    /** An empty input to fill by name: {@code EvidenceInputBuilder.evidence().kind("RANDOMISED_TRIAL").title("…").build()}. */
    public static EvidenceInputBuilder evidence() {
        return new EvidenceInputBuilder();
    }

    /** A builder holding the input's values, to change a few of them. */
    public static EvidenceInputBuilder from(EvidenceInput in) {
        return new EvidenceInputBuilder()
                .kind(in.kind())
                .title(in.title())
                .design(in.design())
                .performedBy(in.performedBy())
                .periodStart(in.periodStart())
                .periodEnd(in.periodEnd())
                .status(in.status())
                .result(in.result())
                .effectSize(in.effectSize())
                .effectUnit(in.effectUnit())
                .ciLow(in.ciLow())
                .ciHigh(in.ciHigh())
                .source(in.source())
                .sourceUrl(in.sourceUrl())
                .benefitIds(in.benefitIds());
    }

    public EvidenceInputBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public EvidenceInputBuilder title(String title) {
        this.title = title;
        return this;
    }

    public EvidenceInputBuilder design(String design) {
        this.design = design;
        return this;
    }

    public EvidenceInputBuilder performedBy(String performedBy) {
        this.performedBy = performedBy;
        return this;
    }

    public EvidenceInputBuilder periodStart(String periodStart) {
        this.periodStart = periodStart;
        return this;
    }

    public EvidenceInputBuilder periodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
        return this;
    }

    public EvidenceInputBuilder status(String status) {
        this.status = status;
        return this;
    }

    public EvidenceInputBuilder result(String result) {
        this.result = result;
        return this;
    }

    public EvidenceInputBuilder effectSize(String effectSize) {
        this.effectSize = effectSize;
        return this;
    }

    public EvidenceInputBuilder effectUnit(String effectUnit) {
        this.effectUnit = effectUnit;
        return this;
    }

    public EvidenceInputBuilder ciLow(String ciLow) {
        this.ciLow = ciLow;
        return this;
    }

    public EvidenceInputBuilder ciHigh(String ciHigh) {
        this.ciHigh = ciHigh;
        return this;
    }

    public EvidenceInputBuilder source(String source) {
        this.source = source;
        return this;
    }

    public EvidenceInputBuilder sourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
        return this;
    }

    public EvidenceInputBuilder benefitIds(List<String> benefitIds) {
        this.benefitIds = benefitIds;
        return this;
    }

    public EvidenceInput build() {
        return new EvidenceInput(
                kind,
                title,
                design,
                performedBy,
                periodStart,
                periodEnd,
                status,
                result,
                effectSize,
                effectUnit,
                ciLow,
                ciHigh,
                source,
                sourceUrl,
                benefitIds);
    }
}
