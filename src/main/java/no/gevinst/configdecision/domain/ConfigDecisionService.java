package no.gevinst.configdecision.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.configdecision.KpiChoice;
import no.gevinst.configdecision.MachineDelivery;
import no.gevinst.configdecision.RankedOptimisation;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ConfigDecisionService implements ConfigDecisions {

    static final String ENTITY = "config-decision";

    private final ConfigDecisionRepository repository;
    private final ConfigDecisionInputs inputs;
    private final DeliveryShare delivery;
    private final OptimisationRanking ranking;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Indicators indicators;
    private final AuditLog auditLog;

    ConfigDecisionService(
            ConfigDecisionRepository repository,
            ConfigDecisionInputs inputs,
            DeliveryShare delivery,
            OptimisationRanking ranking,
            Programmes programmes,
            Benefits benefits,
            Indicators indicators,
            AuditLog auditLog) {
        this.repository = repository;
        this.inputs = inputs;
        this.delivery = delivery;
        this.ranking = ranking;
        this.programmes = programmes;
        this.benefits = benefits;
        this.indicators = indicators;
        this.auditLog = auditLog;
    }

    @Override
    public List<ConfigDecision> of(ProgrammeId programme) {
        return repository.ofProgramme(visible(programme).id());
    }

    @Override
    public Optional<ConfigDecision> find(ProgrammeId programme, ConfigDecisionId decision) {
        visible(programme);
        return repository.find(decision).filter(d -> d.programme().equals(programme));
    }

    @Override
    public boolean canWrite(ProgrammeId programme) {
        return programmes.find(programme).isPresent() && programmes.canCoordinate(programme);
    }

    @Override
    public void requireWriter(ProgrammeId programme) {
        visible(programme);
        if (!canWrite(programme)) {
            throw new AccessDeniedException("Requires a coordinator of programme " + programme);
        }
    }

    @Override
    public List<KpiChoice> kpiChoices(ProgrammeId programme) {
        List<Benefit> register = register(visible(programme).id());
        Map<BenefitId, List<Indicator>> byBenefit = indicatorsOf(register);
        return register.stream()
                .flatMap(b -> byBenefit.getOrDefault(b.id(), List.of()).stream()
                        .map(i -> new KpiChoice(i.id(), b.code() + " " + i.name(), i.canonicalUrl())))
                .sorted(Comparator.comparing(KpiChoice::label))
                .toList();
    }

    @Override
    @Transactional
    public ConfigDecision create(ProgrammeId programme, ConfigDecisionInput input) {
        return create(programme, input, false);
    }

    private ConfigDecision create(ProgrammeId programme, ConfigDecisionInput input, boolean demo) {
        requireWriter(programme);
        ConfigDecision decision =
                inputs.decision(ConfigDecisionId.newId(), programme, input, indicatorIds(programme), demo, 0);
        repository.insert(decision);
        ConfigDecision stored = repository.find(decision.id()).orElseThrow();
        auditLog.record(AuditScope.of(programme), ENTITY, decision.id(), "create", null, stored);
        return stored;
    }

    @Override
    @Transactional
    public ConfigDecision update(
            ProgrammeId programme, ConfigDecisionId id, ConfigDecisionInput input, long expectedVersion) {
        requireWriter(programme);
        ConfigDecision before = existing(programme, id);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        ConfigDecision after =
                inputs.decision(id, programme, input, indicatorIds(programme), before.demo(), expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        ConfigDecision stored = repository.find(id).orElseThrow();
        auditLog.record(AuditScope.of(programme), ENTITY, id, "update", before, stored);
        return stored;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, ConfigDecisionId id, long expectedVersion) {
        requireWriter(programme);
        ConfigDecision before = existing(programme, id);
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "delete", before, null);
    }

    @Override
    public MachineDelivery delivery(ProgrammeId programme) {
        List<Benefit> register = register(visible(programme).id());
        return delivery.of(register, indicatorsOf(register), repository.ofProgramme(programme));
    }

    @Override
    public List<RankedOptimisation> optimisations(ProgrammeId programme) {
        List<ConfigDecision> proposed = repository
                .ofProgramme(visible(programme).id())
                .stream()
                .filter(ConfigDecision::proposed)
                .toList();
        if (proposed.isEmpty()) {
            return List.of();
        }
        List<Benefit> register = register(programme);
        return ranking.rank(programme, register, indicatorsOf(register), proposed);
    }

    @Override
    @Transactional
    public ConfigDecision loadDemo(ProgrammeId programme, ConfigDecisionInput input) {
        return create(programme, input, true);
    }

    private List<Benefit> register(ProgrammeId programme) {
        return benefits.list(BenefitQuery.inProgramme(programme));
    }

    private Map<BenefitId, List<Indicator>> indicatorsOf(List<Benefit> register) {
        return register.isEmpty()
                ? Map.of()
                : indicators.ofBenefits(register.stream().map(Benefit::id).toList());
    }

    private Set<IndicatorId> indicatorIds(ProgrammeId programme) {
        return indicatorsOf(register(programme)).values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .collect(Collectors.toSet());
    }

    private ConfigDecision existing(ProgrammeId programme, ConfigDecisionId id) {
        return find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Programme visible(ProgrammeId programme) {
        return programmes.require(programme);
    }
}
