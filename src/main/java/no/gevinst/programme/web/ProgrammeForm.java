package no.gevinst.programme.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.PhasePlan;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;

/**
 * The programme form as the page binds it: one row of dates per phase, party rows of organisation, benefit
 * responsible and role (with blank rows for new parties), and the steering group as chosen people.
 */
public class ProgrammeForm {

    static final int BLANK_PARTY_ROWS = 2;

    private String code;
    private String name;
    private String description;
    private String ownerOrganisationId;
    // Chosen only when the programme is created; afterwards the phase moves through the phase gate.
    private String currentPhase;
    private String economicTargetNok;
    private String economicTargetFrom;
    private String coFinancierOrganisationId;
    private List<String> phaseStarts = blanks(Phase.values().length);
    private List<String> phaseEnds = blanks(Phase.values().length);
    private List<String> partyOrganisations = new ArrayList<>();
    private List<String> partyResponsibles = new ArrayList<>();
    private List<String> partyRoles = new ArrayList<>();
    private List<String> steeringGroup = new ArrayList<>();
    private long version;

    static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.code = p.code();
        f.name = p.name();
        f.description = p.description();
        f.ownerOrganisationId = p.owner().toString();
        if (p.economicTarget() != null) {
            f.economicTargetNok =
                    p.economicTarget().nokPerYear().stripTrailingZeros().toPlainString();
            f.economicTargetFrom = String.valueOf(p.economicTarget().fromYear());
        }
        f.coFinancierOrganisationId =
                p.coFinancier() == null ? "" : p.coFinancier().toString();
        for (PhasePlan plan : p.phases()) {
            f.phaseStarts.set(plan.phase().ordinal(), text(plan.plannedStart()));
            f.phaseEnds.set(plan.phase().ordinal(), text(plan.plannedEnd()));
        }
        for (Party party : p.parties()) {
            f.partyOrganisations.add(party.organisation().toString());
            f.partyResponsibles.add(
                    party.benefitResponsible() == null
                            ? ""
                            : party.benefitResponsible().toString());
            f.partyRoles.add(party.role());
        }
        p.steeringGroup().forEach(member -> f.steeringGroup.add(member.toString()));
        f.version = p.version();
        return f;
    }

    ProgrammeInput toInput() {
        List<ProgrammeInput.PhaseInput> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(new ProgrammeInput.PhaseInput(
                    phase.name(), at(phaseStarts, phase.ordinal()), at(phaseEnds, phase.ordinal())));
        }
        List<ProgrammeInput.PartyInput> parties = new ArrayList<>();
        for (int row : filledPartyRows()) {
            parties.add(new ProgrammeInput.PartyInput(
                    at(partyOrganisations, row), at(partyResponsibles, row), at(partyRoles, row)));
        }
        return ProgrammeInput.builder()
                .code(code)
                .name(name)
                .description(description)
                .ownerOrganisationId(ownerOrganisationId)
                .currentPhase(currentPhase)
                .economicTargetNok(economicTargetNok)
                .economicTargetFrom(economicTargetFrom)
                .phases(phases)
                .parties(parties)
                .steeringGroup(steeringGroup)
                .coFinancierOrganisationId(coFinancierOrganisationId)
                .build();
    }

    void padParties() {
        for (int i = 0; i < BLANK_PARTY_ROWS; i++) {
            partyOrganisations.add("");
            partyResponsibles.add("");
            partyRoles.add("");
        }
    }

    /** The form field a violation of the input belongs to; parties are counted among the filled rows. */
    String formField(String inputField) {
        if (inputField.startsWith("phases[")) {
            int phase = index(inputField);
            return (inputField.endsWith("plannedEnd") ? "phaseEnds[" : "phaseStarts[") + phase + "]";
        }
        if (inputField.startsWith("parties[")) {
            int row = filledPartyRows().get(index(inputField));
            return (inputField.endsWith("benefitResponsibleId") ? "partyResponsibles[" : "partyOrganisations[") + row
                    + "]";
        }
        if (inputField.startsWith("steeringGroup")) {
            return "steeringGroup";
        }
        return inputField;
    }

    private List<Integer> filledPartyRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < partyOrganisations.size(); i++) {
            if (!at(partyOrganisations, i).isBlank()
                    || !at(partyResponsibles, i).isBlank()
                    || !at(partyRoles, i).isBlank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static List<String> blanks(int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add("");
        }
        return list;
    }

    // Accessors for data binding.

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v;
    }

    public String getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public void setOwnerOrganisationId(String v) {
        ownerOrganisationId = v;
    }

    public String getCurrentPhase() {
        return currentPhase;
    }

    public void setCurrentPhase(String v) {
        currentPhase = v;
    }

    public String getEconomicTargetNok() {
        return economicTargetNok;
    }

    public void setEconomicTargetNok(String v) {
        economicTargetNok = v;
    }

    public String getEconomicTargetFrom() {
        return economicTargetFrom;
    }

    public void setEconomicTargetFrom(String v) {
        economicTargetFrom = v;
    }

    public String getCoFinancierOrganisationId() {
        return coFinancierOrganisationId;
    }

    public void setCoFinancierOrganisationId(String v) {
        coFinancierOrganisationId = v;
    }

    public List<String> getPhaseStarts() {
        return phaseStarts;
    }

    public void setPhaseStarts(List<String> v) {
        phaseStarts = v == null ? blanks(Phase.values().length) : v;
    }

    public List<String> getPhaseEnds() {
        return phaseEnds;
    }

    public void setPhaseEnds(List<String> v) {
        phaseEnds = v == null ? blanks(Phase.values().length) : v;
    }

    public List<String> getPartyOrganisations() {
        return partyOrganisations;
    }

    public void setPartyOrganisations(List<String> v) {
        partyOrganisations = v == null ? new ArrayList<>() : v;
    }

    public List<String> getPartyResponsibles() {
        return partyResponsibles;
    }

    public void setPartyResponsibles(List<String> v) {
        partyResponsibles = v == null ? new ArrayList<>() : v;
    }

    public List<String> getPartyRoles() {
        return partyRoles;
    }

    public void setPartyRoles(List<String> v) {
        partyRoles = v == null ? new ArrayList<>() : v;
    }

    public List<String> getSteeringGroup() {
        return steeringGroup;
    }

    public void setSteeringGroup(List<String> v) {
        steeringGroup = v == null ? new ArrayList<>() : v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
