package nl.startklaswijzer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Leeftijd;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Status;
import nl.startklaswijzer.engine.ExplanationText;

/** The region's arrangements as the pages show them: in an advice with their reasons and steps, and in the rule book. */
final class CatalogusWeergave {

    private CatalogusWeergave() {
    }

    /** One arrangement from the catalogue that comes into consideration for this child. */
    record InAanmerking(String code, String naam, String oordeel, String oordeelCode, String soort, String biedt,
                        String aanbieder, String start, List<Weergave.RedenWeergave> redenen,
                        List<Weergave.ActieWeergave> stappen, String bron, String status, boolean aanname) {
    }

    /** One that does not, with the reasons that rule it out. */
    record NietInAanmerking(String naam, List<String> redenen) {
    }

    /** One entry of the catalogue, for the rule book. */
    record Regel(String code, String naam, String soort, String biedt, String behoeften, String voorwaarden,
                 String aanbieder, String bron, String status, boolean aanname) {
    }

    static List<InAanmerking> inAanmerking(Advies advies) {
        return advies.arrangementen().stream()
                .filter(a -> a.stappen() != null)
                .map(a -> inAanmerking(a, advies.redenen()))
                .toList();
    }

    private static InAanmerking inAanmerking(ArrangementOordeel a, List<Reden> redenen) {
        return new InAanmerking(a.code(), a.naam(), a.oordeel().label(), a.oordeel().name(), a.soort().label(), a.biedt(),
                a.aanbieder(), Weergave.datum(a.startdatum()),
                Weergave.redenen(redenen, r -> a.code().equals(r.getAanbod())), Weergave.acties(a.stappen()), a.bron(),
                a.status().label(), a.status() == Status.AANNAME);
    }

    /** The catalogue's arrangements the rules weighed and found not fitting, each with why. */
    static List<NietInAanmerking> nietInAanmerking(Advies advies, Catalogus catalogus) {
        Map<String, List<String>> waarom = advies.redenen().stream()
                .filter(r -> r.getAanbod() != null && r.getEffect() == Effect.NIET_PASSEND)
                .filter(r -> advies.arrangementen().stream().noneMatch(a -> a.code().equals(r.getAanbod())))
                .collect(Collectors.groupingBy(Reden::getAanbod, Collectors.mapping(Reden::getTekst, Collectors.toList())));
        return catalogus.arrangementen().stream()
                .filter(a -> waarom.containsKey(a.getCode()))
                .map(a -> new NietInAanmerking(a.getNaam(), waarom.get(a.getCode())))
                .toList();
    }

    static List<Regel> regelboek(Catalogus catalogus) {
        return catalogus.arrangementen().stream().map(CatalogusWeergave::regel).toList();
    }

    private static Regel regel(Aanbod a) {
        return new Regel(a.getCode(), a.getNaam(), a.getSoort().label(), a.getBiedt(), ExplanationText.format(a.getBehoeften()),
                voorwaarden(a), a.getAanbieder(), a.getBron(), a.getStatus().label(), a.getStatus() == Status.AANNAME);
    }

    private static String voorwaarden(Aanbod a) {
        List<String> voorwaarden = new ArrayList<>();
        if (a.isTlv()) {
            voorwaarden.add("een TLV van het samenwerkingsverband");
        }
        if (a.isBeschikkingJeugdhulp()) {
            voorwaarden.add("een beschikking jeugdhulp van de gemeente");
        }
        if (a.getVanafLeeftijdInMaanden() > 0) {
            voorwaarden.add("vanaf " + Leeftijd.inMaanden(a.getVanafLeeftijdInMaanden()));
        }
        if (a.getTotLeeftijd() != null) {
            voorwaarden.add("jonger dan " + a.getTotLeeftijd());
        }
        return voorwaarden.isEmpty() ? "geen" : ExplanationText.format(voorwaarden);
    }
}
