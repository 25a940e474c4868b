package no.gevinst.evidence;

/** What sort of evaluation it is, from the strongest design for attribution to the weakest. */
public enum EvidenceKind {
    /** A randomised controlled trial: the benefit is compared with a control group drawn by lot. */
    RANDOMISED_TRIAL,
    /** The same measure before and after the change. */
    BEFORE_AFTER,
    /** A comparison with another site that has not (yet) made the change. */
    OTHER_SITE,
    /** A case from outside the programme, such as a HIMSS case study or a Davies award. */
    EXTERNAL_CASE,
    OTHER
}
