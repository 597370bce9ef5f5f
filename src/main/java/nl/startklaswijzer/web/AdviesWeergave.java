package nl.startklaswijzer.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Startklas;
import nl.startklaswijzer.engine.ExplanationText;

/** An advice as a page shows it, with the case it was given for: just given, or recorded in a dossier. */
final class AdviesWeergave {

    private AdviesWeergave() {
    }

    /**
     * The data of the template advies-inhoud. The catalogue names the region's arrangements that did not come into
     * consideration; without it (null) only those that did are shown.
     */
    static Map<String, Object> data(Casus casus, Advies advies, Catalogus catalogus) {
        Map<String, Object> data = new HashMap<>();
        data.put("advies", advies);
        data.put("uitkomst", advies.uitkomst().label());
        data.put("startdatum", Weergave.datum(advies.startdatum()));
        data.put("catalogus", CatalogusWeergave.inAanmerking(advies));
        data.put("nietInAanmerking", catalogus == null ? List.of() : CatalogusWeergave.nietInAanmerking(advies, catalogus));
        data.put("referentie", casus.getKind().getReferentie() == null ? "zonder referentie" : casus.getKind().getReferentie());
        data.put("gegevens", gegevens(casus));
        data.put("arrangementen", Weergave.arrangementen(advies.arrangementen()));
        // The catalogue's reasons are shown with their arrangement; these are the advice's own.
        Predicate<Reden> eigen = r -> r.getAanbod() == null;
        data.put("doorslaggevend", Weergave.redenen(advies.redenen(), eigen.and(Weergave.DOORSLAGGEVEND)));
        data.put("passend", Weergave.redenen(advies.redenen(), eigen.and(r -> r.getEffect() == Effect.PASSEND)));
        data.put("aandachtspunten", Weergave.redenen(advies.redenen(), eigen.and(r -> r.getEffect() == Effect.AANDACHTSPUNT)));
        data.put("acties", Weergave.acties(advies.acties()));
        data.put("peildatum", Weergave.datum(advies.peildatum()));
        return data;
    }

    /** The case as entered, so that the printed advice says what it was based on. */
    private static List<Weergave.Gegeven> gegevens(Casus casus) {
        Kind kind = casus.getKind();
        List<Weergave.Gegeven> gegevens = new ArrayList<>();
        gegevens.add(new Weergave.Gegeven("Peildatum", Weergave.datum(casus.getPeildatum())));
        gegevens.add(new Weergave.Gegeven("Geboortedatum", Weergave.datum(kind.getGeboortedatum())));
        gegevens.add(new Weergave.Gegeven("Gemeente", kind.getGemeente() == null ? "niet opgegeven" : kind.getGemeente()));
        gegevens.add(new Weergave.Gegeven("Ondersteuningsbehoeften", ExplanationText.format(kind.getOndersteuningsbehoeften())));
        gegevens.add(new Weergave.Gegeven("Complicerende factoren", ExplanationText.format(kind.getComplicerendeFactoren())));
        gegevens.add(new Weergave.Gegeven("Moederschool", casus.getMoederschool() == null ? "niet opgegeven"
                : casus.getMoederschool().getAanduiding() + (casus.getMoederschool().isSopBekend()
                ? "; SOP dekt: " + ExplanationText.format(casus.getMoederschool().getKanVoorzienIn()) : "; SOP niet bekend")));
        gegevens.add(new Weergave.Gegeven("Startklasgroep", groep(casus.getStartklas())));
        return gegevens;
    }

    /** A recorded group is named; its pupils are filled in from the dossiers before the rules see it. */
    private static String groep(Startklas startklas) {
        if (startklas == null) {
            return "niet opgegeven";
        }
        return (startklas.getGroep() == null ? "" : "groep " + startklas.getGroep() + ": ")
                + startklas.getBezet() + " leerlingen"
                + (startklas.getCapaciteit() == null ? "" : " van " + startklas.getCapaciteit());
    }
}
