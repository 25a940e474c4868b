package no.gevinst.configdecision.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisionInput.KpiInput;
import no.gevinst.configdecision.ServedKpi;
import no.gevinst.shared.InvalidInputException;

/** The configuration decision form as the page binds it: a row per KPI, blank rows left for new ones. */
public class ConfigDecisionForm {

    /** Blank KPI rows the form offers beyond those the decision has. */
    static final int BLANK_ROWS = 3;

    private String title;
    private String workflow;
    private String solutionKind = "EHR";
    private String solution;
    private String release;
    private String stage = "DECIDED";
    private String decidedOn;
    private String rationale;
    private List<KpiRow> kpis = new ArrayList<>();
    private String version = "0";

    static ConfigDecisionForm of(ConfigDecision d) {
        ConfigDecisionForm form = new ConfigDecisionForm();
        form.title = d.title();
        form.workflow = d.workflow();
        form.solutionKind = d.solutionKind().name();
        form.solution = d.solution();
        form.release = d.release();
        form.stage = d.stage().name();
        form.decidedOn = d.decidedOn() == null ? "" : d.decidedOn().toString();
        form.rationale = d.rationale();
        for (ServedKpi k : d.kpis()) {
            form.kpis.add(new KpiRow(k.indicator().toString(), k.production().name(), k.reference()));
        }
        form.version = Long.toString(d.version());
        return form;
    }

    /** The fields the page binds: the decision's own and those of as many KPI rows as the form can offer. */
    static String[] bindable() {
        List<String> fields = new ArrayList<>(List.of(
                "title",
                "workflow",
                "solutionKind",
                "solution",
                "release",
                "stage",
                "decidedOn",
                "rationale",
                "version"));
        for (int i = 0; i < ConfigDecisionInput.MAX_KPIS + BLANK_ROWS; i++) {
            for (String f : List.of("indicatorId", "production", "reference")) {
                fields.add("kpis[" + i + "]." + f);
            }
        }
        return fields.toArray(String[]::new);
    }

    /** Adds blank rows so that the form always offers some for new KPIs. */
    ConfigDecisionForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            kpis.add(new KpiRow("", "NOT_BY_SOLUTION", ""));
        }
        return this;
    }

    ConfigDecisionInput toInput() {
        return new ConfigDecisionInput(
                title,
                workflow,
                solutionKind,
                solution,
                release,
                stage,
                decidedOn,
                rationale,
                kpis.stream()
                        .map(k -> new KpiInput(k.getIndicatorId(), k.getProduction(), k.getReference()))
                        .toList());
    }

    /** The version the form was read at; an InvalidInputException naming {@code version} when it is no number. */
    long expectedVersion() {
        return parseVersion(version);
    }

    static long parseVersion(String text) {
        try {
            long v = Long.parseLong(text == null ? "" : text.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw InvalidInputException.of("version", "version.invalid");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWorkflow() {
        return workflow;
    }

    public void setWorkflow(String workflow) {
        this.workflow = workflow;
    }

    public String getSolutionKind() {
        return solutionKind;
    }

    public void setSolutionKind(String solutionKind) {
        this.solutionKind = solutionKind;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getRelease() {
        return release;
    }

    public void setRelease(String release) {
        this.release = release;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public void setKpis(List<KpiRow> kpis) {
        this.kpis = kpis == null ? new ArrayList<>() : kpis;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    /** One KPI row of the form. */
    public static class KpiRow {

        private String indicatorId;
        private String production;
        private String reference;

        public KpiRow() {}

        KpiRow(String indicatorId, String production, String reference) {
            this.indicatorId = indicatorId;
            this.production = production;
            this.reference = reference;
        }

        public String getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(String indicatorId) {
            this.indicatorId = indicatorId;
        }

        public String getProduction() {
            return production;
        }

        public void setProduction(String production) {
            this.production = production;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
