package nl.startklaswijzer.dossier;

/** The dated follow-up of a placement (DOMAIN.md, the moederschool during the stay and after the return). */
public enum AgendaSoort {
    EVALUATIE_IB("Evaluatie met de IB-er van de moederschool en de ouders"),
    OBSERVATIE_MOEDERSCHOOL("Observatie door de moederschool in de startklas"),
    TERUGPLAATSING("Uiterste datum van terugplaatsing op de moederschool"),
    NAZORG("Einde van de nazorg na de terugplaatsing");

    private final String label;

    AgendaSoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
