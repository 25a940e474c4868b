package no.gevinst.benefit.domain;

import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitHandedToLine;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Names the line manager who accepted a benefit the benefit's owner once it has passed to the line. Whoever's action
 * closed the programme or accepted the handover, the benefit is read whatever the acting user may see: the handover
 * was decided by those entitled to it, and this only carries it out.
 */
@Component
class LineOwnerTakeover {

    private final BenefitRepository repository;
    private final AuditLog auditLog;

    LineOwnerTakeover(BenefitRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @ApplicationModuleListener
    void on(BenefitHandedToLine event) {
        Optional<Benefit> before = repository.find(event.benefit());
        if (before.isEmpty() || event.owner().equals(before.get().owner())) {
            return; // gone, or already theirs: handing it over again changes nothing
        }
        repository.nameOwner(event.benefit(), event.owner());
        Benefit after = repository.find(event.benefit()).orElseThrow();
        auditLog.record(
                AuditScope.of(after.programme()), BenefitService.ENTITY, after.id(), "line-owner", before.get(), after);
    }
}
