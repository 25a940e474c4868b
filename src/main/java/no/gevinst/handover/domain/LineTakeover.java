package no.gevinst.handover.domain;

import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.BenefitHandedToLine;
import no.gevinst.handover.Handover;
import no.gevinst.programme.ProgrammeClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a programme closes, each of its benefits whose handover was accepted passes to the line manager who accepted
 * it: this module records that it took effect, and the benefit module names them the benefit's owner, so that its
 * indicators, reminders, traffic lights and sign-offs go on under them. A handover accepted after the programme closed
 * takes effect at once.
 */
@Component
class LineTakeover {

    static final String IN_LINE = "in-line";

    private final HandoverRepository repository;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    LineTakeover(HandoverRepository repository, AuditLog auditLog, ApplicationEventPublisher events) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ProgrammeClosed closed) {
        repository.acceptedIn(closed.programme()).forEach(this::takeEffect);
    }

    /** Within the caller's transaction: the benefit's owner is named once it has committed. */
    void takeEffect(Handover accepted) {
        auditLog.record(
                AuditScope.of(accepted.programme(), accepted.organisation()),
                HandoverService.ENTITY,
                accepted.id(),
                IN_LINE,
                null,
                accepted);
        events.publishEvent(new BenefitHandedToLine(accepted.benefit(), accepted.receiver(), accepted.id()));
    }
}
