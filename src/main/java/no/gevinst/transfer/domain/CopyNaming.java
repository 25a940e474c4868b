package no.gevinst.transfer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.programme.ProgrammeTransfer;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.transfer.ImportRequest;
import org.springframework.stereotype.Component;

/**
 * The names an imported programme is written under: as exported when the programme is new here (each clash with
 * one already here noted), or for a copy a new code and name, with its benefits' codes following the new code
 * and the indicators' FHIR canonicals left to be given again (both are unique in an installation).
 */
@Component
class CopyNaming {

    private static final String CODE = "^[A-ZÆØÅ0-9]{2,10}$";

    private final ProgrammeTransfer programmes;
    private final BenefitTransfer benefits;

    CopyNaming(ProgrammeTransfer programmes, BenefitTransfer benefits) {
        this.programmes = programmes;
        this.benefits = benefits;
    }

    void adjust(Map<String, ProgrammePart> parts, ProgrammeId id, ImportRequest request, List<ImportProblem> problems) {
        Map<String, Object> programme = parts.get("programme").rows("programme").getFirst();
        String oldCode = String.valueOf(programme.get("code"));
        if (request.copy()) {
            String code = request.code() != null ? request.code() : freeCode(oldCode);
            if (!code.matches(CODE)) {
                problems.add(ImportProblem.of("code", "transfer.code.invalid", code));
            }
            programme.put("code", code);
            programme.put(
                    "name",
                    request.name() != null && !request.name().isBlank()
                            ? request.name().strip()
                            : programme.get("name") + " (kopi)");
            benefitRows(parts).forEach(b -> b.put("code", copiedCode(String.valueOf(b.get("code")), oldCode, code)));
            indicatorRows(parts).forEach(i -> i.put("canonical_url", null));
        } else if (programmes.exists(id)) {
            problems.add(ImportProblem.of("$.parts.programme.programme[0].id", "transfer.programme.exists"));
        }
        String code = String.valueOf(programme.get("code"));
        if (!programmes.takenCodes(List.of(code)).isEmpty()) {
            problems.add(ImportProblem.of(
                    request.copy() ? "code" : "$.parts.programme.programme[0].code", "transfer.code.taken", code));
        }
        noteTakenBenefitCodes(benefitRows(parts), problems);
    }

    /** Without measurements an indicator has no traffic light and no last period. */
    void forgetMeasuredStatus(Map<String, ProgrammePart> parts) {
        indicatorRows(parts).forEach(i -> {
            i.put("rag", "NONE");
            i.put("last_period_end", null);
        });
    }

    private void noteTakenBenefitCodes(List<Map<String, Object>> rows, List<ImportProblem> problems) {
        List<String> codes = new ArrayList<>();
        rows.forEach(b -> codes.add(String.valueOf(b.get("code"))));
        Set<String> taken = benefits.takenCodes(codes);
        for (int i = 0; i < codes.size(); i++) {
            if (taken.contains(codes.get(i))) {
                problems.add(ImportProblem.of(
                        "$.parts.benefits.benefit[" + i + "].code", "transfer.code.taken", codes.get(i)));
            }
        }
    }

    private String freeCode(String original) {
        String base = original.length() > 8 ? original.substring(0, 8) : original;
        List<String> candidates = new ArrayList<>();
        for (int n = 2; n < 100; n++) {
            candidates.add(base + n);
        }
        Set<String> taken = programmes.takenCodes(candidates);
        return candidates.stream().filter(c -> !taken.contains(c)).findFirst().orElse(base + "99");
    }

    private static String copiedCode(String code, String oldPrefix, String newPrefix) {
        return code.startsWith(oldPrefix) ? newPrefix + code.substring(oldPrefix.length()) : newPrefix + "-" + code;
    }

    private static List<Map<String, Object>> benefitRows(Map<String, ProgrammePart> parts) {
        ProgrammePart part = parts.get("benefits");
        return part == null ? List.of() : part.rows("benefit");
    }

    private static List<Map<String, Object>> indicatorRows(Map<String, ProgrammePart> parts) {
        ProgrammePart part = parts.get("indicators");
        return part == null ? List.of() : part.rows("indicator");
    }
}
