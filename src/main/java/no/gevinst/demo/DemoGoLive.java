package no.gevinst.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.WaveInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's go-live waves (issue 18). Seed 000 dates the phases, not the waves, so the dates are demo values
 * and the waves' names say so: St. Olavs hospital and Trondheim kommune first, on the day the demo's benefit map has
 * "Innføring 2022" delivered (12.11.2022, half a year after its planned date); Helse Møre og Romsdal and Helse
 * Nord-Trøndelag in a second wave some months after the demo is loaded, so that the pages show both a live wave and
 * one to come. The portal indicator, whose baseline seed 000 §2.3.4 lets be set when Helseplattformen is taken into
 * use, has it set at St. Olavs' go-live.
 */
@Component
class DemoGoLive {

    private static final String PORTAL_INDICATOR = "Andel pasienter som har brukt pasientportalen";

    private final GoLiveWaves waves;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoGoLive(GoLiveWaves waves, Benefits benefits, Indicators indicators) {
        this.waves = waves;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(ProgrammeId hp, Map<String, Organisation> orgs) {
        waves.create(
                hp,
                new WaveInput(
                        "Bølge 1: St. Olavs og Trondheim kommune (demodatoer)",
                        "2022-05-14",
                        "2022-11-12",
                        ids(orgs, "STO", "TRD")));
        LocalDate second = NorwegianTime.today().plusMonths(4).withDayOfMonth(1);
        waves.create(
                hp,
                new WaveInput(
                        "Bølge 2: Helse Møre og Romsdal og Helse Nord-Trøndelag (demodato)",
                        second.toString(),
                        null,
                        ids(orgs, "HMR", "HNT")));
        List<Benefit> hpBenefits = benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.programme().equals(hp))
                .toList();
        indicators.ofBenefits(hpBenefits.stream().map(Benefit::id).toList()).values().stream()
                .flatMap(List::stream)
                .filter(i -> i.name().equals(PORTAL_INDICATOR))
                .findFirst()
                .ifPresent(i -> waves.anchor(i.id(), orgs.get("STO").id().toString(), 0));
    }

    private static List<String> ids(Map<String, Organisation> orgs, String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> orgs.get(k).id().toString())
                .toList();
    }
}
