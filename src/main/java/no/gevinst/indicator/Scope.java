package no.gevinst.indicator;

/** What an indicator covers: the whole programme, one party, or one unit of a party. */
public enum Scope {
    PROGRAMME,
    PARTY,
    UNIT
}
