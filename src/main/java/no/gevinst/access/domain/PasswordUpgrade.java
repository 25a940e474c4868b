package no.gevinst.access.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewrites an old (bcrypt) hash as Argon2id when its user logs in, the one moment the password is known. The
 * password itself does not change, so neither the record's version nor the audit log hears of it.
 */
@Component
class PasswordUpgrade implements UserDetailsPasswordService {

    private final UserAccountRepository users;

    PasswordUpgrade(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        users.replaceHash(user.getUsername(), newHash);
        return users.findByUsername(user.getUsername())
                .map(UserDetails.class::cast)
                .orElse(user);
    }
}
