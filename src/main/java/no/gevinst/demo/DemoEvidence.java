package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.evidence.EvidenceInputBuilder;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * DBEP's evidence of attribution (issue 19) as seed 004 tells it, read from {@code demo/evidence.json}: the
 * randomised controlled trial of digital home follow-up (DHO), run by Oslo universitetssykehus and Oslo Economics,
 * whose results were due in the autumn of 2021 and are still pending here; the letter warns that the effect of a
 * digital self-treatment plan may be hard to isolate. It is linked to the benefits for patients with large and
 * complex needs.
 */
@Component
class DemoEvidence {

    static final String FILE = "evidence.json";

    private final EvidenceRegister evidence;
    private final Benefits benefits;

    DemoEvidence(EvidenceRegister evidence, Benefits benefits) {
        this.evidence = evidence;
        this.benefits = benefits;
    }

    void load(Map<String, ProgrammeId> byCode) {
        for (DemoEvidenceData data : DemoFiles.list(FILE, DemoEvidenceData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme));
            for (DemoEvidenceData.Evidence e : data.evidence()) {
                evidence.create(
                        programme,
                        EvidenceInputBuilder.evidence()
                                .kind(e.kind())
                                .title(e.title())
                                .design(e.design())
                                .performedBy(e.performedBy())
                                .periodStart(e.periodStart())
                                .periodEnd(e.periodEnd())
                                .status(e.status())
                                .source(e.source())
                                .benefitIds(e.benefits().stream()
                                        .map(title -> id(register, title))
                                        .toList())
                                .build());
            }
        }
    }

    private static String id(List<Benefit> register, String titleStart) {
        return register.stream()
                .filter(b -> b.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo benefit " + titleStart))
                .id()
                .toString();
    }
}
