package no.gevinst.stakeholder;

/**
 * What kind of group a stakeholder is. Seed 000 §2.3.6 names leaders at section and department level, employees and
 * their union representatives (tillitsvalgte) in particular.
 */
public enum StakeholderKind {
    UNION_REPRESENTATIVES,
    SECTION_LEADERS,
    DEPARTMENT_LEADERS,
    EMPLOYEES,
    PATIENTS_USERS,
    PARTNERS,
    OTHER
}
