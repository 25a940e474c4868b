package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.ActionInput;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's stakeholder analysis (issue 19, seed 000 §2.3.6: leaders at section and department level,
 * employees and their union representatives), with a few actions of the involvement plan, two of them measures. All
 * marked as demo.
 */
@Component
class DemoStakeholders {

    private final Stakeholders stakeholders;

    DemoStakeholders(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    void load(ProgrammeId hp, Map<String, Organisation> orgs, Function<String, String> person) {
        String sto = orgs.get("STO").id().toString();
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Tillitsvalgte ved St. Olavs hospital (demo)",
                        "UNION_REPRESENTATIVES",
                        "5",
                        "4",
                        "Turnus og arbeidstid i overgangen, opplæring i arbeidstiden, medvirkning etter lov og avtaleverk.",
                        sto),
                List.of(new ActionInput(
                        "Drøftingsmøte om turnus og opplæring før go-live (demo)",
                        "2022-02-15",
                        "UNION_MEETING",
                        person.apply("ingrid"),
                        true,
                        person.apply("ingrid"),
                        "2022-03-31")));
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Ledere på seksjonsnivå, St. Olavs hospital (demo)",
                        "SECTION_LEADERS",
                        "5",
                        "4",
                        "Tid og støtte til å lede endringen i egen seksjon; opplæring før de ansatte.",
                        sto),
                List.of(new ActionInput(
                        "Lederopplæring i endringsledelse og Helseplattformen (demo)",
                        "2022-01-20",
                        "TRAINING",
                        person.apply("arne"),
                        true,
                        person.apply("arne"),
                        "2022-04-30")));
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Ledere på avdelingsnivå, Helse Møre og Romsdal (demo)",
                        "DEPARTMENT_LEADERS",
                        "4",
                        "5",
                        "Gevinstmålene i oppdragsdokumentet og hvordan de skal nås i driften.",
                        orgs.get("HMR").id().toString()),
                List.of(new ActionInput(
                        "Arbeidsmøte om gevinstmål og KPI-er per avdeling (demo)",
                        "2022-09-01",
                        "WORKSHOP",
                        person.apply("per"),
                        false,
                        null,
                        null)));
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Ansatte i klinikkene (demo)",
                        "EMPLOYEES",
                        "5",
                        "2",
                        "Ny journalløsning, dobbeltarbeid i overgangen, nok opplæring og superbrukere.",
                        null),
                List.of(new ActionInput(
                        "Månedlig nyhetsbrev om mulighetene med Helseplattformen (demo)",
                        "2022-01-10",
                        "NEWSLETTER",
                        person.apply("kari"),
                        false,
                        null,
                        null)));
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Brukerutvalget (demo)",
                        "PATIENTS_USERS",
                        "3",
                        "2",
                        "Innsyn i egen journal og digitale timebestillinger; ventetid i innføringsperioden.",
                        null),
                List.of());
        stakeholders.loadDemo(
                hp,
                new StakeholderInput(
                        "Helse og velferd, Trondheim kommune (demo)",
                        "PARTNERS",
                        "4",
                        "3",
                        "Samhandling om utskrivning og pleie- og omsorgsmeldinger med felles journal.",
                        orgs.get("TRD").id().toString()),
                List.of());
    }
}
