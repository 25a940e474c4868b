package no.gevinst.benefit.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.benefit.BenefitInput;

/**
 * The benefit profile form as the page binds it. Allocations are parallel lists of organisation and share;
 * prerequisites and evidence links are one per line.
 */
public class BenefitForm {

    static final int BLANK_ALLOCATION_ROWS = 2;

    private String programmeId;
    private String code;
    private String title;
    private String description;
    private String observableOutcome;
    private String attribution;
    private String kind = "BENEFIT";
    private String areaId;
    private List<String> priorityAreaIds = new ArrayList<>();
    private String benefitClass;
    private List<String> objectiveIds = new ArrayList<>();
    private List<String> allocationOrganisations = new ArrayList<>();
    private List<String> allocationShares = new ArrayList<>();
    private List<String> investorIds = new ArrayList<>();
    private String ownerId;
    private String responsibleId;
    private String units;
    private String expectedStart;
    private String fullEffect;
    private String priority = "MEDIUM";
    private String priorityRationale;
    private String prerequisites;
    private String evidenceLinks;
    private long version;

    static BenefitForm of(BenefitInput in, long version) {
        return BenefitFormMapping.form(in, version);
    }

    BenefitInput toInput() {
        return BenefitFormMapping.input(this);
    }

    /** Adds empty allocation rows so that the form can take new organisations without JavaScript. */
    void padAllocations() {
        for (int i = 0; i < BLANK_ALLOCATION_ROWS; i++) {
            allocationOrganisations.add("");
            allocationShares.add("");
        }
    }

    /** The form field a violation of the input belongs to (see {@link BenefitFormMapping#formField}). */
    String formField(String inputField) {
        return BenefitFormMapping.formField(this, inputField);
    }

    // Accessors for data binding.

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String v) {
        programmeId = v;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v;
    }

    public String getObservableOutcome() {
        return observableOutcome;
    }

    public void setObservableOutcome(String v) {
        observableOutcome = v;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String v) {
        attribution = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v;
    }

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String v) {
        areaId = v;
    }

    public List<String> getPriorityAreaIds() {
        return priorityAreaIds;
    }

    public void setPriorityAreaIds(List<String> v) {
        priorityAreaIds = v == null ? new ArrayList<>() : v;
    }

    public String getBenefitClass() {
        return benefitClass;
    }

    public void setBenefitClass(String v) {
        benefitClass = v;
    }

    public List<String> getObjectiveIds() {
        return objectiveIds;
    }

    public void setObjectiveIds(List<String> v) {
        objectiveIds = v == null ? new ArrayList<>() : v;
    }

    public List<String> getAllocationOrganisations() {
        return allocationOrganisations;
    }

    public void setAllocationOrganisations(List<String> v) {
        allocationOrganisations = v == null ? new ArrayList<>() : v;
    }

    public List<String> getAllocationShares() {
        return allocationShares;
    }

    public void setAllocationShares(List<String> v) {
        allocationShares = v == null ? new ArrayList<>() : v;
    }

    public List<String> getInvestorIds() {
        return investorIds;
    }

    public void setInvestorIds(List<String> v) {
        investorIds = v == null ? new ArrayList<>() : v;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String v) {
        ownerId = v;
    }

    public String getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(String v) {
        responsibleId = v;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String v) {
        units = v;
    }

    public String getExpectedStart() {
        return expectedStart;
    }

    public void setExpectedStart(String v) {
        expectedStart = v;
    }

    public String getFullEffect() {
        return fullEffect;
    }

    public void setFullEffect(String v) {
        fullEffect = v;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String v) {
        priority = v;
    }

    public String getPriorityRationale() {
        return priorityRationale;
    }

    public void setPriorityRationale(String v) {
        priorityRationale = v;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String v) {
        prerequisites = v;
    }

    public String getEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(String v) {
        evidenceLinks = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
