package no.gevinst.evidence.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceInput;
import no.gevinst.evidence.EvidenceInputBuilder;

/** The evaluation form as the page binds it; the service checks it. */
public class EvidenceForm {

    private String kind;
    private String title;
    private String design;
    private String performedBy;
    private String periodStart;
    private String periodEnd;
    private String status;
    private String result;
    private String effectSize;
    private String effectUnit;
    private String ciLow;
    private String ciHigh;
    private String source;
    private String sourceUrl;
    private List<String> benefitIds = new ArrayList<>();
    private long version;

    static EvidenceForm of(Evidence e) {
        EvidenceForm form = new EvidenceForm();
        form.kind = e.kind().name();
        form.title = e.title();
        form.design = e.design();
        form.performedBy = e.performedBy();
        form.periodStart = e.periodStart() == null ? "" : e.periodStart().toString();
        form.periodEnd = e.periodEnd() == null ? "" : e.periodEnd().toString();
        form.status = e.status().name();
        form.result = e.result();
        form.effectSize = plain(e.effectSize());
        form.effectUnit = e.effectUnit();
        form.ciLow = plain(e.ciLow());
        form.ciHigh = plain(e.ciHigh());
        form.source = e.source();
        form.sourceUrl = e.sourceUrl();
        form.benefitIds =
                new ArrayList<>(e.benefits().stream().map(Object::toString).toList());
        form.version = e.version();
        return form;
    }

    /** The number as a Norwegian types it, with a decimal comma. */
    private static String plain(java.math.BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', ',');
    }

    EvidenceInput toInput() {
        return EvidenceInputBuilder.evidence()
                .kind(kind)
                .title(title)
                .design(design)
                .performedBy(performedBy)
                .periodStart(periodStart)
                .periodEnd(periodEnd)
                .status(status)
                .result(result)
                .effectSize(effectSize)
                .effectUnit(effectUnit)
                .ciLow(ciLow)
                .ciHigh(ciHigh)
                .source(source)
                .sourceUrl(sourceUrl)
                .benefitIds(benefitIds)
                .build();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDesign() {
        return design;
    }

    public void setDesign(String design) {
        this.design = design;
    }

    public String getPerformedBy() {
        return performedBy;
    }

    public void setPerformedBy(String performedBy) {
        this.performedBy = performedBy;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getEffectSize() {
        return effectSize;
    }

    public void setEffectSize(String effectSize) {
        this.effectSize = effectSize;
    }

    public String getEffectUnit() {
        return effectUnit;
    }

    public void setEffectUnit(String effectUnit) {
        this.effectUnit = effectUnit;
    }

    public String getCiLow() {
        return ciLow;
    }

    public void setCiLow(String ciLow) {
        this.ciLow = ciLow;
    }

    public String getCiHigh() {
        return ciHigh;
    }

    public void setCiHigh(String ciHigh) {
        this.ciHigh = ciHigh;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public List<String> getBenefitIds() {
        return benefitIds;
    }

    public void setBenefitIds(List<String> benefitIds) {
        this.benefitIds = benefitIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
