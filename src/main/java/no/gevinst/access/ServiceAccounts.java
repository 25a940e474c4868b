package no.gevinst.access;

import java.util.List;

/** Service accounts, the users machines act as; kept by administrators. */
public interface ServiceAccounts {

    List<ServiceAccount> all();

    ServiceAccount create(ServiceAccountInput input);
}
