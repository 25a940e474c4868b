package no.gevinst.access.domain;

/** A signed-in identity that maps to a user who may not sign in: a deactivated user. */
public class IdentityRefusedException extends RuntimeException {

    public IdentityRefusedException(String message) {
        super(message);
    }
}
