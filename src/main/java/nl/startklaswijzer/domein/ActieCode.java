package nl.startklaswijzer.domein;

/**
 * Process steps from Bijlage 1 and 2 of the plan, and the voorschool's steps before the knooppunt, in the order a
 * checklist takes them: before the knooppunt, the knooppunt, then the stay in the startklas until after the return.
 */
public enum ActieCode {
    ONDERWIJSADVISEUR_UITNODIGEN, VERSLAGLEGGING, TOESTEMMING_OUDERS, DOSSIER_AANVULLEN, KNOOPPUNT,
    ONDERBOUWING_MOEDERSCHOOL, ONTWIKKELPLAN, EVALUATIE_IB, OBSERVATIE_MOEDERSCHOOL, TERUGPLAATSING, NAZORG
}
