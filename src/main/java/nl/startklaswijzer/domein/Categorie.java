package nl.startklaswijzer.domein;

/** What a reason is about; the order is the order in which the knooppunt reads them. */
public enum Categorie {
    LEEFTIJD, ONDERSTEUNINGSBEHOEFTE, MOEDERSCHOOL, COMPLICERENDE_FACTOREN, GROEPSSAMENSTELLING, CAPACITEIT, VOORRANG, PROCES
}
