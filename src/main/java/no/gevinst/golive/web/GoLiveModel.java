package no.gevinst.golive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.golive.GoLive;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.organisation.Organisation;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the go-live module shows on other modules' pages to their models, after their controllers ran: the live
 * units on the programme page and the dashboard, and the go-live of an indicator's baseline on the indicator page.
 * Done here, by view name, so that neither the programme, portfolio nor indicator module depends on this one; their
 * templates only include golive/fragments, which render nothing without these attributes.
 */
@Component
class GoLiveModel implements HandlerInterceptor {

    static final String LIVE = "goliveLive";
    static final String ANCHOR = "goliveAnchor";

    private final GoLiveWaves waves;
    private final Programmes programmes;
    private final LiveUnits liveUnits;

    GoLiveModel(GoLiveWaves waves, Programmes programmes, LiveUnits liveUnits) {
        this.waves = waves;
        this.programmes = programmes;
        this.liveUnits = liveUnits;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getViewName() == null) {
            return;
        }
        Map<String, Object> model = mav.getModel();
        LocalDate today = NorwegianTime.today();
        switch (mav.getViewName()) {
            case "programme/overview" -> {
                if (model.get("programme") instanceof Programme programme) {
                    model.put(LIVE, liveUnits.lines(List.of(programme), today));
                }
            }
            case "portfolio/dashboard" -> model.put(LIVE, liveUnits.lines(dashboardProgrammes(request), today));
            case "indicator/page" -> {
                if (model.get("view") instanceof IndicatorView view && model.get("benefit") instanceof Benefit b) {
                    AnchorView anchor = anchor(view, b.programme());
                    model.put(ANCHOR, anchor);
                    model.putIfAbsent(AnchorForm.NAME, AnchorForm.of(anchor));
                }
            }
            default -> {}
        }
    }

    /** The dashboard's one programme when it shows one, else every programme the user sees. */
    private List<Programme> dashboardProgrammes(HttpServletRequest request) {
        Optional<ProgrammeId> selected = Ids.parse(request.getParameter("programme"), ProgrammeId::new);
        List<Programme> visible = programmes.visible();
        List<Programme> one = visible.stream()
                .filter(p -> selected.isPresent() && p.id().equals(selected.get()))
                .toList();
        return one.isEmpty() ? visible : one;
    }

    /** What the indicator page shows of the baseline's go-live; also for the anchor form's own answers. */
    AnchorView anchor(IndicatorView view, ProgrammeId programme) {
        var indicator = view.indicator().id();
        Optional<BaselineAnchor> anchor = waves.anchor(indicator);
        boolean canEdit = waves.canEdit(programme);
        List<OrganisationId> named = canEdit
                ? waves.eligibleUnits(programme)
                : anchor.map(a -> List.of(a.unit())).orElse(List.of());
        Optional<GoLive> goLive = anchor.flatMap(a -> waves.goLive(programme, a.unit()));
        var names = liveUnits.byId(
                goLive.map(g -> concat(named, g.wentLiveThrough())).orElse(named));
        OrganisationId unit = anchor.map(BaselineAnchor::unit).orElse(null);
        return new AnchorView(
                indicator,
                unit,
                unit == null
                        ? null
                        : Optional.ofNullable(names.get(unit))
                                .map(Organisation::name)
                                .orElse(""),
                goLive.orElse(null),
                goLive.map(g -> names.get(g.wentLiveThrough()))
                        .map(Organisation::name)
                        .orElse(""),
                view.baseline() == null ? null : view.baseline().periodStart(),
                view.baseline() == null ? null : view.baseline().periodEnd(),
                view.baseline() != null && view.baseline().atGoLive(),
                view.targets().stream()
                        .map(TargetPoint::date)
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                canEdit,
                canEdit
                        ? names.values().stream()
                                .filter(o -> named.contains(o.id()))
                                .sorted(Comparator.comparing(Organisation::name))
                                .toList()
                        : List.of(),
                anchor.map(BaselineAnchor::version).orElse(0L));
    }

    private static List<OrganisationId> concat(List<OrganisationId> ids, OrganisationId more) {
        return java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(more))
                .distinct()
                .toList();
    }
}
