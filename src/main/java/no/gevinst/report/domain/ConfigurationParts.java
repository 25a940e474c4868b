package no.gevinst.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.plan.ChangeRecords.Configuration;
import no.gevinst.plan.ChangeRecords.DecisionEntry;
import no.gevinst.plan.ChangeRecords.KpiEntry;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The benefit-driven configuration part of the plan and the annual status (issue 19, seed 000 §2.3.1, §2.3.4): the
 * configuration decisions, the KPIs each serves and how the solution delivers each, the share of the programme's
 * indicators delivered by machine with its formula and the ones that are not yet, and the optimisations proposed after
 * go-live ranked by the value of the benefits they serve. {@code templates/documents/configuration.html} lays it out.
 */
@Component
class ConfigurationParts {

    private final MessageSource messages;

    ConfigurationParts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param decisions the decisions, the latest decided first, proposed ones last
     * @param kpis each decision's KPIs and how the solution delivers them
     * @param share the machine-delivered share with its formula, or that there are no indicators
     * @param aimMet that every indicator is delivered by machine; null when not
     * @param notYet the indicators not delivered by machine yet
     * @param optimisations the proposed optimisations, the most valuable first
     */
    record Model(
            DocumentTable decisions,
            DocumentTable kpis,
            String share,
            String aimMet,
            DocumentTable notYet,
            DocumentTable optimisations) {}

    Model of(Configuration c, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "plan.doc.none", "plan.doc.notWritten");
        return new Model(
                decisions(c.decisions(), w),
                kpis(c.decisions(), w),
                c.indicators() == 0
                        ? w.word("configdecision.delivery.noIndicators")
                        : w.word(
                                "configdecision.doc.formula",
                                String.valueOf(c.byMachine()),
                                String.valueOf(c.indicators()),
                                String.valueOf(c.percent())),
                c.indicators() > 0 && c.byMachine() == c.indicators() ? w.word("configdecision.delivery.aimMet") : null,
                notYet(c, w),
                optimisations(c, w));
    }

    private static DocumentTable decisions(List<DecisionEntry> decisions, DocumentWriter w) {
        return w.tableOf(
                List.of(
                        "configdecision.field.title",
                        "configdecision.field.workflow",
                        "configdecision.field.solution",
                        "configdecision.field.release",
                        "configdecision.field.stage"),
                decisions,
                d -> List.of(
                        d.title(),
                        d.workflow(),
                        d.solution() + " (" + w.word("configdecision.solutionKind." + d.solutionKind()) + ")",
                        nz(d.release()),
                        stage(d, w)));
    }

    private static String stage(DecisionEntry d, DocumentWriter w) {
        String stage = w.word("configdecision.stage." + d.stage());
        return d.decidedOn() == null ? stage : stage + " " + date(d.decidedOn(), w);
    }

    private static DocumentTable kpis(List<DecisionEntry> decisions, DocumentWriter w) {
        List<List<String>> rows = new ArrayList<>();
        for (DecisionEntry d : decisions) {
            for (KpiEntry k : d.kpis()) {
                rows.add(List.of(
                        d.title(),
                        k.indicator(),
                        w.word("configdecision.production." + k.production()),
                        nz(k.reference())));
            }
        }
        return w.tableOf(
                List.of(
                        "configdecision.doc.decision",
                        "configdecision.doc.kpi",
                        "configdecision.field.production",
                        "configdecision.doc.reference"),
                rows,
                row -> row);
    }

    private static DocumentTable notYet(Configuration c, DocumentWriter w) {
        return w.tableOf(
                List.of(
                        "configdecision.delivery.indicator",
                        "configdecision.delivery.owner",
                        "configdecision.delivery.promised"),
                c.notYet(),
                g -> List.of(
                        g.benefitCode() + " " + g.indicator(),
                        g.owner() == null ? w.word("configdecision.delivery.noOwner") : g.owner(),
                        g.promisedBy().isEmpty()
                                ? w.word("configdecision.delivery.notPromised")
                                : String.join(", ", g.promisedBy())));
    }

    private static DocumentTable optimisations(Configuration c, DocumentWriter w) {
        List<List<String>> rows = new ArrayList<>();
        for (ChangeRecords.OptimisationEntry o : c.optimisations()) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    o.title(),
                    o.benefits().isEmpty() ? "–" : String.join(", ", o.benefits()),
                    o.value() == null || o.value().signum() == 0
                            ? w.word("configdecision.optimisation.notPriced")
                            : w.money(o.value())));
        }
        return w.tableOf(
                List.of(
                        "configdecision.optimisation.rank",
                        "configdecision.field.title",
                        "configdecision.optimisation.benefits",
                        "configdecision.optimisation.value"),
                rows,
                row -> row);
    }

    private static String date(LocalDate date, DocumentWriter w) {
        return ReaderFormats.date(date, w.locale());
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
