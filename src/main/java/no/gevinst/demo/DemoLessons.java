package no.gevinst.demo;

import java.util.List;
import java.util.function.Function;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.lesson.LessonInput;
import no.gevinst.lesson.LessonMeasureInput;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.PilotInput;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's lessons learned and one pilot (issue 19, seed 000 §2.3.5 "Lære av erfaring"), marked as demo: a
 * lesson from a visit to a Nordic hospital, one from the digital booking, one from the baseline measurements; and the
 * digital booking tried in one clinic at St. Olavs before it was rolled out.
 */
@Component
class DemoLessons {

    private final Lessons lessons;
    private final Benefits benefits;
    private final Programmes programmes;

    DemoLessons(Lessons lessons, Benefits benefits, Programmes programmes) {
        this.lessons = lessons;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    void load(ProgrammeId hpId, OrganisationId stOlavs, Function<String, String> person) {
        Programme hp = programmes.find(hpId).orElseThrow();
        List<Benefit> hpBenefits = benefits.list(BenefitQuery.inProgramme(hp.id()));
        lessons.loadDemo(
                hp.id(),
                new LessonInput(
                        "Erfaringsbesøk før innføring ga realistiske forventninger (demo)",
                        "Gevinstteamet besøkte et nordisk universitetssykehus som hadde innført samme journalløsning to år"
                                + " tidligere, og gikk gjennom deres HIMSS-case og egne målinger.",
                        "Samtaler med klinikere og ledere der ga konkrete tall for dokumentasjonstid før og etter, og"
                                + " hvor lang tid det tok før tidsbruken gikk ned igjen.",
                        "Case-studiene alene var for generelle til å sette egne målverdier.",
                        "Besøk minst én organisasjon som har innført løsningen, og be om deres målinger, ikke bare"
                                + " presentasjoner, før målverdiene settes.",
                        "PLAN",
                        area(hp, "Brukervennlighet"),
                        "Dokumentasjon i journal",
                        ids(hpBenefits, "Redusert tid brukt på dokumentasjon per pasientkontakt")));
        var booking = lessons.loadDemo(
                hp.id(),
                new LessonInput(
                        "Digital timebestilling må kommuniseres til pasientene (demo)",
                        "Etter at digital timebestilling ble tatt i bruk gikk telefonhenvendelsene mindre ned enn ventet de"
                                + " første månedene.",
                        "Der poliklinikken sendte SMS med lenke til bestillingen, gikk henvendelsene raskt ned.",
                        "Informasjon bare på nettsidene nådde få pasienter.",
                        "Planlegg kommunikasjon til pasientene som en del av innføringen, og mål henvendelsene per"
                                + " poliklinikk fra første uke.",
                        "REALISE",
                        area(hp, "Pasientmedvirkning"),
                        "Timebestilling",
                        ids(hpBenefits, "Færre telefonhenvendelser ved digital timebestilling")));
        lessons.addMeasure(
                hp.id(),
                booking.id(),
                new LessonMeasureInput(
                        "SMS med lenke til timebestilling fra alle poliklinikker (demo)",
                        person.apply("ole"),
                        "2023-06-30"));
        lessons.loadDemo(
                hp.id(),
                new LessonInput(
                        "Nullpunkt bør måles før go-live, ikke rekonstrueres etterpå (demo)",
                        "For flere indikatorer ble nullpunktet satt etter at Helseplattformen var tatt i bruk, fordi"
                                + " gamle data ikke var sammenlignbare.",
                        "Der nullpunktet ble målt i de eksisterende systemene før go-live, var sammenligningen enkel å"
                                + " forklare for styringsgruppen.",
                        "Rekonstruerte nullpunkt ble bestridt og måtte forklares på nytt i hver rapport.",
                        "Mål nullpunktet i dagens systemer før innføring der det er mulig, og skriv ned metoden.",
                        "DOCUMENT",
                        area(hp, "Avansert bruk av data"),
                        "Gevinstmåling",
                        List.of()));
        lessons.loadDemoPilot(
                hp.id(),
                new PilotInput(
                        "Digital timebestilling i én poliklinikk før utrulling (demo)",
                        stOlavs.toString(),
                        "2022-11-14",
                        "2023-02-28",
                        "Telefonhenvendelsene til poliklinikken gikk ned med om lag en firedel; pasientene fant frem når de"
                                + " fikk lenke på SMS.",
                        "ROLL_OUT",
                        "2023-03-15",
                        person.apply("ole")));
    }

    private static String area(Programme hp, String name) {
        return hp.areas().stream()
                .filter(a -> a.name().equals(name))
                .map(FrameworkItem::id)
                .map(Object::toString)
                .findFirst()
                .orElse("");
    }

    private static List<String> ids(List<Benefit> all, String title) {
        return all.stream()
                .filter(b -> b.title().equals(title))
                .map(b -> b.id().toString())
                .toList();
    }
}
