package no.gevinst.maturity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.maturity.AnswerInput;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.MyAnswer;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * The respondents' side: who may answer a round (anyone signed in with a role in one of the units it was sent to),
 * and their own answer, which only they read back. The audit log records that they answered and for which unit,
 * never their scores.
 */
@Component
class Answers {

    static final String ENTITY = "maturity-response";

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final OpenRoundUnits open;

    Answers(
            RoundRepository rounds,
            ResponseRepository responses,
            AccessPolicy access,
            AuditLog auditLog,
            OpenRoundUnits open) {
        this.open = open;
        this.rounds = rounds;
        this.responses = responses;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** What the audit log keeps of an answer: the round and the unit, not the scores. */
    record Answered(RoundId round, OrganisationId unit) {}

    List<Round> toAnswer() {
        List<OrganisationId> mine =
                access.currentUser().map(CurrentUser::organisations).orElse(List.of());
        return rounds.openTo(mine).stream()
                .filter(r -> r.takesAnswersOn(NorwegianTime.today()))
                .toList();
    }

    /** Whether the signed-in person has a round to answer today, without asking the database on most pages. */
    boolean hasRoundToAnswer() {
        var units = open.today();
        return !units.isEmpty()
                && access.currentUser()
                        .map(u -> u.organisations().stream().anyMatch(o -> units.contains(o.value())))
                        .orElse(false);
    }

    /** A round was sent or closed: the link is read again. */
    void roundsMoved() {
        open.forget();
    }

    MyAnswer mine(RoundId id) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new NotFoundException("maturity-round", id));
        Round round = rounds.find(id)
                .filter(r -> r.takesAnswersOn(NorwegianTime.today()))
                .orElseThrow(() -> new NotFoundException("maturity-round", id));
        List<RoundUnit> units = round.units().stream()
                .filter(u -> user.organisations().contains(u.organisation()))
                .toList();
        if (units.isEmpty()) {
            throw new NotFoundException("maturity-round", id);
        }
        return responses
                .mine(id, user.id().value())
                .map(s -> new MyAnswer(round, units, s.unit(), s.scores(), s.version()))
                .orElseGet(() -> new MyAnswer(round, units, units.getFirst().organisation(), Map.of(), -1));
    }

    MyAnswer answer(RoundId id, AnswerInput input, long expectedVersion) {
        MyAnswer before = mine(id);
        Round round = before.round();
        Violations violations = new Violations();
        OrganisationId unit = unit(before, input.unitId(), violations);
        Map<String, Integer> scores = scores(round.asks(), input.scores(), violations);
        violations.throwIfAny();
        UUID respondent = access.currentUser().orElseThrow().id().value();
        Optional<ResponseRepository.Stored> stored = responses.mine(id, respondent);
        long current = stored.map(ResponseRepository.Stored::version).orElse(-1L);
        if (current != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, current);
        }
        AuditScope scope = AuditScope.of(round.programme(), unit);
        if (stored.isEmpty()) {
            UUID response = UUID.randomUUID();
            responses.insert(response, id, respondent, unit, round.asks(), scores);
            auditLog.record(scope, ENTITY, response, "create", null, new Answered(id, unit));
        } else {
            if (!responses.update(stored.get().id(), unit, round.asks(), scores, expectedVersion)) {
                throw new VersionConflictException(ENTITY, id, expectedVersion, current + 1);
            }
            auditLog.record(
                    scope,
                    ENTITY,
                    stored.get().id(),
                    "update",
                    new Answered(id, stored.get().unit()),
                    new Answered(id, unit));
        }
        return mine(id);
    }

    private static OrganisationId unit(MyAnswer before, String text, Violations violations) {
        if (before.units().size() == 1 && Inputs.text(text).isEmpty()) {
            return before.units().getFirst().organisation();
        }
        Optional<OrganisationId> unit = Ids.parse(text, OrganisationId::new)
                .filter(u ->
                        before.units().stream().anyMatch(r -> r.organisation().equals(u)));
        if (unit.isEmpty()) {
            violations.add("unitId", "maturity.answer.unit");
            return null;
        }
        return unit.get();
    }

    /** A score from 1 to 5 for every statement of the template, and nothing else. */
    static Map<String, Integer> scores(MaturityTemplate template, Map<String, String> typed, Violations violations) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String statement : template.statements()) {
            String field = "scores[" + statement + "]";
            String text = Inputs.text(typed.get(statement));
            if (text.isEmpty()) {
                violations.add(field, "maturity.score.required");
                continue;
            }
            try {
                int score = Integer.parseInt(text);
                if (score < MaturityTemplate.LOWEST || score > MaturityTemplate.HIGHEST) {
                    violations.add(field, "maturity.score.range", MaturityTemplate.LOWEST, MaturityTemplate.HIGHEST);
                } else {
                    scores.put(statement, score);
                }
            } catch (NumberFormatException e) {
                violations.add(field, "maturity.score.range", MaturityTemplate.LOWEST, MaturityTemplate.HIGHEST);
            }
        }
        typed.keySet().stream()
                .filter(k -> !template.statements().contains(k))
                .findFirst()
                .ifPresent(k -> violations.add("scores", "maturity.score.unknown", RoundInputs.shown(k)));
        return scores;
    }
}
