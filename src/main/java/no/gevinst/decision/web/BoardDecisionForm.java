package no.gevinst.decision.web;

import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A new board decision as the list page binds it: text as typed, so that a refused decision is shown again with what
 * was typed; the service reads and judges it. The version is that of the decision in force the page showed.
 */
public class BoardDecisionForm {

    private @Nullable String decidingBody;
    private @Nullable String decidedOn;
    private @Nullable String caseNumber;
    private @Nullable String documentReference;
    private @Nullable String summary;
    private @Nullable String carryTargets;
    private @Nullable String inForceVersion;

    /** An empty form superseding the decision in force, if any, and starting from its targets. */
    static BoardDecisionForm of(@Nullable BoardDecision inForce) {
        BoardDecisionForm form = new BoardDecisionForm();
        if (inForce != null) {
            form.inForceVersion = Long.toString(inForce.version());
            form.carryTargets = "true";
        }
        return form;
    }

    /** As typed, without the version: the shape the edge checks. */
    DecisionInput typed() {
        return new DecisionInput(decidingBody, decidedOn, caseNumber, documentReference, summary, carryTargets, null);
    }

    DecisionInput toInput() {
        return new DecisionInput(
                decidingBody,
                decidedOn,
                caseNumber,
                documentReference,
                summary,
                carryTargets,
                Versions.fromForm(inForceVersion, false));
    }

    public @Nullable String getDecidingBody() {
        return decidingBody;
    }

    public void setDecidingBody(@Nullable String decidingBody) {
        this.decidingBody = decidingBody;
    }

    public @Nullable String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(@Nullable String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public @Nullable String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(@Nullable String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public @Nullable String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(@Nullable String documentReference) {
        this.documentReference = documentReference;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getCarryTargets() {
        return carryTargets;
    }

    public void setCarryTargets(@Nullable String carryTargets) {
        this.carryTargets = carryTargets;
    }

    public @Nullable String getInForceVersion() {
        return inForceVersion;
    }

    public void setInForceVersion(@Nullable String inForceVersion) {
        this.inForceVersion = inForceVersion;
    }
}
