package no.gevinst.benefit.web;

import java.util.ArrayList;
import java.util.Arrays;
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
        BenefitForm f = new BenefitForm();
        f.programmeId = in.programmeId();
        f.code = in.code();
        f.title = in.title();
        f.description = in.description();
        f.observableOutcome = in.observableOutcome();
        f.attribution = in.attribution();
        f.kind = in.kind();
        f.areaId = in.areaId();
        f.priorityAreaIds = new ArrayList<>(in.priorityAreaIds());
        f.benefitClass = in.benefitClass();
        f.objectiveIds = new ArrayList<>(in.objectiveIds());
        in.allocations().forEach(a -> {
            f.allocationOrganisations.add(a.organisationId());
            f.allocationShares.add(a.share());
        });
        f.investorIds = new ArrayList<>(in.investorIds());
        f.ownerId = in.ownerId();
        f.responsibleId = in.responsibleId();
        f.units = in.units();
        f.expectedStart = in.expectedStart();
        f.fullEffect = in.fullEffect();
        f.priority = in.priority();
        f.priorityRationale = in.priorityRationale();
        f.prerequisites = String.join("\n", in.prerequisites());
        f.evidenceLinks = String.join("\n", in.evidenceLinks());
        f.version = version;
        return f;
    }

    BenefitInput toInput() {
        List<BenefitInput.AllocationInput> allocations = new ArrayList<>();
        for (int i = 0; i < allocationOrganisations.size(); i++) {
            String organisation = allocationOrganisations.get(i);
            String share = i < allocationShares.size() ? allocationShares.get(i) : "";
            if (!blank(organisation) || !blank(share)) {
                allocations.add(new BenefitInput.AllocationInput(organisation, share));
            }
        }
        return new BenefitInput(
                programmeId,
                code,
                title,
                description,
                observableOutcome,
                attribution,
                kind,
                areaId,
                priorityAreaIds,
                benefitClass,
                objectiveIds,
                allocations,
                investorIds,
                ownerId,
                responsibleId,
                units,
                expectedStart,
                fullEffect,
                priority,
                priorityRationale,
                lines(prerequisites),
                lines(evidenceLinks),
                null);
    }

    /** Adds empty allocation rows so that the form can take new organisations without JavaScript. */
    void padAllocations() {
        for (int i = 0; i < BLANK_ALLOCATION_ROWS; i++) {
            allocationOrganisations.add("");
            allocationShares.add("");
        }
    }

    /**
     * The form field a violation of the input belongs to. Allocation rows that were left empty are dropped
     * from the input, so the n-th allocation of the input is the n-th filled row of the form.
     */
    String formField(String inputField) {
        if (inputField.startsWith("allocations[")) {
            int index = Integer.parseInt(inputField.substring("allocations[".length(), inputField.indexOf(']')));
            int row = filledRow(index);
            return inputField.endsWith(".organisationId")
                    ? "allocationOrganisations[" + row + "]"
                    : "allocationShares[" + row + "]";
        }
        return switch (inputField) {
            case "allocations" -> "allocationShares";
            case "programmeId", "status" -> null; // the form has no such field: shown for the form as a whole
            default -> inputField;
        };
    }

    private int filledRow(int index) {
        int seen = -1;
        for (int i = 0; i < allocationOrganisations.size(); i++) {
            String share = i < allocationShares.size() ? allocationShares.get(i) : "";
            if (!blank(allocationOrganisations.get(i)) || !blank(share)) {
                if (++seen == index) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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
