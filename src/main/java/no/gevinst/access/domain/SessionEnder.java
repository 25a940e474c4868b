package no.gevinst.access.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions once a deactivation or a password reset is committed: a deactivated user must not go on
 * working in a session that was opened before, nor someone who learnt the old password.
 */
@Component
class SessionEnder {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionEnder(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String username) {
        Runnable end = () -> sessions.ifAvailable(
                repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
