package nl.startklaswijzer.dossier;

/**
 * Why a decision departs from the advice, from a fixed list, so that policy owners can see which reasons recur (the
 * monitor counts them). The motivation says the rest, in words and without names.
 */
public enum Afwijkingsreden {
    WENS_OUDERS("de wens van de ouders"),
    MOEDERSCHOOL_KAN_HET_BIEDEN("de moederschool kan met extra ondersteuning toch bieden wat nodig is"),
    MEER_ONDERSTEUNING_NODIG("het kind heeft meer of andere ondersteuning nodig dan het advies aanneemt"),
    THUISNABIJ("onderwijs dichter bij huis"),
    GEEN_PLAATS("geen plaats in de startklas of het gekozen arrangement"),
    GROEPSSAMENSTELLING("de samenstelling van de groep"),
    NIEUWE_INFORMATIE("nieuwe informatie na het advies, zoals onderzoek of verslaglegging"),
    ZORG_OF_BEHANDELING("zorg of behandeling (jeugdhulp, medisch) weegt zwaarder"),
    ANDERS("een andere reden (zie de motivatie)");

    private final String label;

    Afwijkingsreden(String label) {
        this.label = label;
    }

    /** The Dutch words for this code in a sentence. */
    public String label() {
        return label;
    }
}
