package nl.startklaswijzer.dossier;

import nl.startklaswijzer.domein.Weigering;

/** The refusals of the dossier, worded once. */
final class DossierFouten {

    private DossierFouten() {
    }

    static Weigering onbekend(String referentie) {
        return Weigering.onbekend("referentie", "Er is geen dossier met referentie '" + referentie + "'.");
    }

    static Weigering gewijzigd(int gezien, int huidig) {
        return Weigering.conflict("versie", "Het dossier is intussen gewijzigd (u zag versie " + gezien + ", nu is het versie "
                + huidig + "). Lees het dossier opnieuw en besluit dan.");
    }
}
