package nl.startklaswijzer.monitor;

/**
 * How a startklas placement came to its end, counted on the day it did: back at the moederschool within 12 months
 * (the pilot's measure of effect), ended otherwise before then, or 12 months past without a return.
 */
enum Afloop {
    TERUG("Teruggeplaatst binnen 12 maanden"),
    BEEINDIGD("Eerder beëindigd zonder terugplaatsing"),
    NIET_TERUG("Na 12 maanden niet teruggeplaatst");

    private final String label;

    Afloop(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
