package no.gevinst.benefit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.ImportError;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;

/** Turns the names and codes of one imported row into ids, naming each value that matches nothing. */
final class RegisterRowParser {

    /** One imported row: its number in the sheet, its code, and its input when every value matched. */
    record ParsedRow(int number, String code, BenefitInput input) {}

    private final SpreadsheetNames names;
    private final Programmes programmes;

    RegisterRowParser(SpreadsheetNames names, Programmes programmes) {
        this.names = names;
        this.programmes = programmes;
    }

    ParsedRow parse(int number, Map<RegisterColumn, String> cells, List<ImportError> errors) {
        int before = errors.size();
        RegisterRowReader row = new RegisterRowReader(number, cells, errors);
        String code = row.text(RegisterColumn.CODE);
        Programme programme =
                names.programmesByCode().get(row.text(RegisterColumn.PROGRAMME).toUpperCase(Locale.ROOT));
        if (programme == null) {
            row.error(RegisterColumn.PROGRAMME, "import.programme.unknown", row.text(RegisterColumn.PROGRAMME));
            return new ParsedRow(number, code, null);
        }
        BenefitInput input = input(row, programme);
        return new ParsedRow(number, code, errors.size() > before ? null : input);
    }

    /** The row's input; lookups that match nothing are recorded on the reader and left empty here. */
    private BenefitInput input(RegisterRowReader row, Programme programme) {
        String area = row.lookup(RegisterColumn.AREA, n -> item(programme.areas(), n));
        List<String> priorityAreas =
                row.lookupAll(RegisterColumn.PRIORITY_AREAS, n -> item(programme.priorityAreas(), n));
        Map<Integer, Objective> objectives =
                programmes.objectives(programme.id()).stream().collect(Collectors.toMap(Objective::number, o -> o));
        List<String> objectiveIds = row.lookupAll(RegisterColumn.OBJECTIVES, n -> objective(objectives, n));
        List<BenefitInput.AllocationInput> allocations = allocations(row);
        List<String> investors = row.lookupAll(RegisterColumn.INVESTORS, names::organisation);
        String owner = row.lookup(RegisterColumn.OWNER, names::person);
        String responsible = row.lookup(RegisterColumn.RESPONSIBLE, names::person);
        String start = row.date(RegisterColumn.EXPECTED_START);
        String fullEffect = row.date(RegisterColumn.FULL_EFFECT);
        return BenefitInput.builder()
                .programmeId(programme.id().toString())
                .code(row.text(RegisterColumn.CODE))
                .title(row.text(RegisterColumn.TITLE))
                .description(row.text(RegisterColumn.DESCRIPTION))
                .observableOutcome(row.text(RegisterColumn.OBSERVABLE_OUTCOME))
                .attribution(row.text(RegisterColumn.ATTRIBUTION))
                .kind(row.choice(RegisterColumn.KIND))
                .areaId(area)
                .priorityAreaIds(priorityAreas)
                .benefitClass(row.choice(RegisterColumn.BENEFIT_CLASS))
                .objectiveIds(objectiveIds)
                .allocations(allocations)
                .investorIds(investors)
                .ownerId(owner)
                .responsibleId(responsible)
                .units(row.text(RegisterColumn.UNITS))
                .expectedStart(start)
                .fullEffect(fullEffect)
                .priority(row.choice(RegisterColumn.PRIORITY))
                .priorityRationale(row.text(RegisterColumn.PRIORITY_RATIONALE))
                .prerequisites(row.text(RegisterColumn.PREREQUISITES).lines().toList())
                .evidenceLinks(row.text(RegisterColumn.EVIDENCE_LINKS).lines().toList())
                .status(row.choice(RegisterColumn.STATUS))
                .build();
    }

    /** "Organisation=share" pairs; the share stays text for the service to judge. */
    private List<BenefitInput.AllocationInput> allocations(RegisterRowReader row) {
        List<BenefitInput.AllocationInput> allocations = new ArrayList<>();
        for (String part : row.list(RegisterColumn.ALLOCATIONS)) {
            int equals = part.lastIndexOf('=');
            if (equals < 0) {
                row.error(RegisterColumn.ALLOCATIONS, "import.allocation.format", part);
                continue;
            }
            String organisation = row.lookup(
                    RegisterColumn.ALLOCATIONS, part.substring(0, equals).strip(), names::organisation);
            allocations.add(new BenefitInput.AllocationInput(
                    organisation, part.substring(equals + 1).strip()));
        }
        return allocations;
    }

    private static Optional<String> item(List<FrameworkItem> items, String name) {
        return items.stream()
                .filter(i -> i.name().equalsIgnoreCase(name))
                .findFirst()
                .map(i -> i.id().toString());
    }

    private static Optional<String> objective(Map<Integer, Objective> objectives, String number) {
        try {
            return Optional.ofNullable(objectives.get(
                            Integer.valueOf(number.replace(".", "").strip())))
                    .map(o -> o.id().toString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
