package no.gevinst.demo;

import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.evidence.EvidenceInput;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * DBEP's evidence of attribution (issue 19) as seed 004 tells it: the randomised controlled trial of digital home
 * follow-up (DHO), run by Oslo universitetssykehus and Oslo Economics, whose results were due in the autumn of 2021
 * and are still pending here; the letter warns that the effect of a digital self-treatment plan may be hard to
 * isolate. It is linked to the benefits for patients with large and complex needs.
 */
@Component
class DemoEvidence {

    private final EvidenceRegister evidence;
    private final Benefits benefits;

    DemoEvidence(EvidenceRegister evidence, Benefits benefits) {
        this.evidence = evidence;
        this.benefits = benefits;
    }

    void load(ProgrammeId dbep) {
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(dbep));
        evidence.create(
                dbep,
                new EvidenceInput(
                        "RANDOMISED_TRIAL",
                        "Randomisert kontrollert studie av digital hjemmeoppfølging (DHO)",
                        """
                        Definerte pasientgrupper følges i prosjektperioden, fordelt ved loddtrekning på digital \
                        hjemmeoppfølging og vanlig oppfølging. Egenbehandlingsplaner brukes i hovedsak på papir, \
                        men også i noen frittstående digitale løsninger.""",
                        "Oslo universitetssykehus og Oslo Economics",
                        "2019-01-01",
                        "2021-09-30",
                        "ONGOING",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Helsedirektoratet: Gevinstrealiseringsplan – medfinansiering til prosjekt DBEP (brev til"
                                + " Digdir, april 2021)",
                        "",
                        List.of(
                                id(register, "Bedre kvalitet i tjenestetilbudet"),
                                id(register, "Pasienten mestrer mer selv"))));
    }

    private static String id(List<Benefit> register, String titleStart) {
        return register.stream()
                .filter(b -> b.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No DBEP benefit " + titleStart))
                .id()
                .toString();
    }
}
