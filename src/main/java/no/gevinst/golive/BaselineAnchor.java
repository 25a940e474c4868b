package no.gevinst.golive;

import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * An indicator whose baseline is set at a unit's go-live (seed 000 §2.3.4: "nullpunktet settes når
 * Helseplattformen tas i bruk"), so that its trajectory is read from that day.
 *
 * @param version increases with each write; a write naming an older version is refused
 */
public record BaselineAnchor(IndicatorId indicator, OrganisationId unit, long version) {}
