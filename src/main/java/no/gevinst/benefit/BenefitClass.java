package no.gevinst.benefit;

/**
 * The four classes of Digdir's Prosjektveiviseren plan structure. They are fixed rather than editable per
 * programme because valuation treats them differently: freed time (capacity) and the cash it may later
 * release must never both be counted.
 */
public enum BenefitClass {
    /** Budsjettmessig virkning i egen virksomhet. */
    CASH_RELEASING,
    /** Alternativ anvendelse i virksomheten: freed time or capacity, not cash. */
    CAPACITY,
    /** Prissatte nyttevirkninger i øvrig offentlig sektor. */
    OTHER_PUBLIC,
    /** Ikke-prissatte virkninger. */
    NON_PRICED
}
