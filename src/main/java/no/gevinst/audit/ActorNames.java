package no.gevinst.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The people behind the user names the audit log records. The access module answers, since it owns the users; the
 * audit log cannot ask it itself, as the access module records its own changes in the audit log.
 */
public interface ActorNames {

    /** Full names by user name; names that belong to no user are left out. */
    Map<String, String> fullNames(Collection<String> usernames);

    /**
     * The user names the text of a search for "who" may mean: the user name itself (any case) and the users whose
     * full name contains it.
     */
    Set<String> matching(String actor);
}
