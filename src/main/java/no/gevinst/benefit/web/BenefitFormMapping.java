package no.gevinst.benefit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.gevinst.benefit.BenefitInput;

/**
 * Between the benefit form and the benefit's input: filling the form from an input, reading the input back,
 * and finding the form field a violation of the input belongs to.
 */
final class BenefitFormMapping {

    private BenefitFormMapping() {}

    static BenefitForm form(BenefitInput in, long version) {
        BenefitForm f = new BenefitForm();
        f.setProgrammeId(in.programmeId());
        f.setCode(in.code());
        f.setTitle(in.title());
        f.setDescription(in.description());
        f.setObservableOutcome(in.observableOutcome());
        f.setAttribution(in.attribution());
        f.setKind(in.kind());
        f.setAreaId(in.areaId());
        f.setPriorityAreaIds(new ArrayList<>(in.priorityAreaIds()));
        f.setBenefitClass(in.benefitClass());
        f.setObjectiveIds(new ArrayList<>(in.objectiveIds()));
        in.allocations().forEach(a -> {
            f.getAllocationOrganisations().add(a.organisationId());
            f.getAllocationShares().add(a.share());
        });
        f.setInvestorIds(new ArrayList<>(in.investorIds()));
        f.setOwnerId(in.ownerId());
        f.setResponsibleId(in.responsibleId());
        f.setUnits(in.units());
        f.setExpectedStart(in.expectedStart());
        f.setFullEffect(in.fullEffect());
        f.setPriority(in.priority());
        f.setPriorityRationale(in.priorityRationale());
        f.setPrerequisites(String.join("\n", in.prerequisites()));
        f.setEvidenceLinks(String.join("\n", in.evidenceLinks()));
        f.setVersion(version);
        return f;
    }

    static BenefitInput input(BenefitForm f) {
        return BenefitInput.builder()
                .programmeId(f.getProgrammeId())
                .code(f.getCode())
                .title(f.getTitle())
                .description(f.getDescription())
                .observableOutcome(f.getObservableOutcome())
                .attribution(f.getAttribution())
                .kind(f.getKind())
                .areaId(f.getAreaId())
                .priorityAreaIds(f.getPriorityAreaIds())
                .benefitClass(f.getBenefitClass())
                .objectiveIds(f.getObjectiveIds())
                .allocations(allocations(f))
                .investorIds(f.getInvestorIds())
                .ownerId(f.getOwnerId())
                .responsibleId(f.getResponsibleId())
                .units(f.getUnits())
                .expectedStart(f.getExpectedStart())
                .fullEffect(f.getFullEffect())
                .priority(f.getPriority())
                .priorityRationale(f.getPriorityRationale())
                .prerequisites(lines(f.getPrerequisites()))
                .evidenceLinks(lines(f.getEvidenceLinks()))
                .build();
    }

    /**
     * The form field a violation of the input belongs to. Allocation rows that were left empty are dropped
     * from the input, so the n-th allocation of the input is the n-th filled row of the form.
     */
    static String formField(BenefitForm f, String inputField) {
        if (inputField.startsWith("allocations[")) {
            int index = Integer.parseInt(inputField.substring("allocations[".length(), inputField.indexOf(']')));
            int row = filledRow(f, index);
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

    private static List<BenefitInput.AllocationInput> allocations(BenefitForm f) {
        List<BenefitInput.AllocationInput> allocations = new ArrayList<>();
        List<String> organisations = f.getAllocationOrganisations();
        for (int i = 0; i < organisations.size(); i++) {
            String organisation = organisations.get(i);
            String share = share(f, i);
            if (!blank(organisation) || !blank(share)) {
                allocations.add(new BenefitInput.AllocationInput(organisation, share));
            }
        }
        return allocations;
    }

    private static int filledRow(BenefitForm f, int index) {
        int seen = -1;
        List<String> organisations = f.getAllocationOrganisations();
        for (int i = 0; i < organisations.size(); i++) {
            if (!blank(organisations.get(i)) || !blank(share(f, i))) {
                if (++seen == index) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static String share(BenefitForm f, int row) {
        List<String> shares = f.getAllocationShares();
        return row < shares.size() ? shares.get(row) : "";
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
}
