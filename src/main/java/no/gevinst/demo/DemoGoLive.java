package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.WaveInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's go-live waves (issue 18), read from {@code demo/go-live.json}. Seed 000 dates the phases, not
 * the waves, so the dates are demo values and the waves' names say so: St. Olavs hospital and Trondheim kommune
 * first, on the day the demo's benefit map has "Innføring 2022" delivered (12.11.2022, half a year after its planned
 * date); Helse Møre og Romsdal and Helse Nord-Trøndelag in a second wave some months after the demo is loaded, so
 * that the pages show both a live wave and one to come. The portal indicator, whose baseline seed 000 §2.3.4 lets be
 * set when Helseplattformen is taken into use, has it set at St. Olavs' go-live.
 */
@Component
class DemoGoLive {

    static final String FILE = "go-live.json";

    private final GoLiveWaves waves;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoGoLive(GoLiveWaves waves, Benefits benefits, Indicators indicators) {
        this.waves = waves;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId) {
        for (DemoGoLiveData data : DemoFiles.list(FILE, DemoGoLiveData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            for (DemoGoLiveData.Wave w : data.waves()) {
                waves.create(
                        programme,
                        new WaveInput(
                                w.name(),
                                planned(w),
                                w.actualDate(),
                                w.organisations().stream().map(organisationId).toList()));
            }
            data.anchors().forEach(a -> anchor(programme, a, organisationId));
        }
    }

    private static String planned(DemoGoLiveData.Wave w) {
        if (w.plannedInMonths() == null) {
            return w.plannedDate();
        }
        return NorwegianTime.today()
                .plusMonths(w.plannedInMonths())
                .withDayOfMonth(1)
                .toString();
    }

    private void anchor(ProgrammeId programme, DemoGoLiveData.Anchor a, UnaryOperator<String> organisationId) {
        List<Benefit> register = benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.programme().equals(programme))
                .toList();
        indicators.ofBenefits(register.stream().map(Benefit::id).toList()).values().stream()
                .flatMap(List::stream)
                .filter(i -> i.name().equals(a.indicator()))
                .findFirst()
                .ifPresent(i -> waves.anchor(i.id(), organisationId.apply(a.organisation()), 0));
    }
}
