package nl.startklaswijzer.dossier;

import java.util.List;

/**
 * The dated follow-up of a placement (DOMAIN.md, the moederschool during the stay and after the return), and the two
 * dates a voorschool's signal puts on the knooppunt's agenda: the knooppunt at 3;6 and no enrolment before 3;7.
 */
public enum AgendaSoort {
    EVALUATIE_IB("Evaluatie met de IB-er van de moederschool en de ouders"),
    OBSERVATIE_MOEDERSCHOOL("Observatie door de moederschool in de startklas"),
    TERUGPLAATSING("Uiterste datum van terugplaatsing op de moederschool"),
    NAZORG("Einde van de nazorg na de terugplaatsing"),
    KNOOPPUNT_PLANNEN("Knooppunt plannen: de voorschool signaleert een ondersteuningsbehoefte"),
    NIET_INSCHRIJVEN_VOOR("Niet eerder op school inschrijven dan deze datum");

    /** Put on the agenda by a signal, and done once an advice is recorded for the child; the rest follow a placement. */
    public static final List<AgendaSoort> VAN_SIGNALERING = List.of(KNOOPPUNT_PLANNEN, NIET_INSCHRIJVEN_VOOR);

    private final String label;

    AgendaSoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
