package nl.startklaswijzer.domein;

/**
 * Process steps from Bijlage 1 and 2 of the plan, and the voorschool's steps before the knooppunt, in the order a
 * checklist takes them: before the knooppunt, the knooppunt, then the stay in the startklas until after the return.
 * The last three are the steps towards an arrangement from the catalogue: a TLV, a youth-care beschikking, and
 * registering the child with the provider.
 */
public enum ActieCode {
    ONDERWIJSADVISEUR_UITNODIGEN, VERSLAGLEGGING, TOESTEMMING_OUDERS, DOSSIER_AANVULLEN, KNOOPPUNT,
    ONDERBOUWING_MOEDERSCHOOL, ONTWIKKELPLAN, EVALUATIE_IB, OBSERVATIE_MOEDERSCHOOL, TERUGPLAATSING, NAZORG,
    TLV_AANVRAGEN, BESCHIKKING_JEUGDHULP, AANMELDEN
}
