package nl.startklaswijzer.domein;

/** Process steps from Bijlage 1 and 2 of the plan, and the voorschool's steps before the knooppunt. */
public enum ActieCode {
    KNOOPPUNT, ONDERBOUWING_MOEDERSCHOOL, ONTWIKKELPLAN, TERUGPLAATSING, EVALUATIE_IB, OBSERVATIE_MOEDERSCHOOL,
    NAZORG, TOESTEMMING_OUDERS, DOSSIER_AANVULLEN, ONDERWIJSADVISEUR_UITNODIGEN, VERSLAGLEGGING
}
