package nl.startklaswijzer.engine.tegenfeitelijk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Startklas;

/**
 * The single changes that can happen to a case: the moederschool's SOP covering one more need, a complicating
 * factor resolved, a group with one child fewer with a factor, a free place or another group, the knooppunt held,
 * the parents' consent. Never the child's birth date or its needs: those are what the advice is about.
 */
final class CaseChanges {

    private CaseChanges() {
    }

    static List<CaseChange> of(Casus casus) {
        List<CaseChange> changes = new ArrayList<>();
        Kind kind = casus.getKind();
        Moederschool school = casus.getMoederschool();
        String sop = "Het schoolondersteuningsprofiel van " + (school == null ? "de moederschool" : school.getAanduiding());
        for (Ondersteuningsbehoefte need : casus.getNietGedekt().getLijst()) {
            boolean known = school != null && school.isSopBekend();
            changes.add(new CaseChange("SOP_DEKT_" + need.name(),
                    sop + (known ? " dekt ook " + need.label() + "." : " blijkt " + need.label() + " te dekken."),
                    c -> coverToo(c, need)));
        }
        for (ComplicerendeFactor factor : kind.getComplicerendeFactoren()) {
            changes.add(new CaseChange("OPGELOST_" + factor.name(), sentence(factor.opgelost()),
                    c -> c.getKind().setComplicerendeFactoren(without(c.getKind().getComplicerendeFactoren(), factor))));
        }
        Startklas group = casus.getStartklas();
        if (group != null && !group.getLeerlingen().isEmpty()) {
            for (ComplicerendeFactor factor : factorsIn(group)) {
                changes.add(new CaseChange("GROEP_MINDER_" + factor.name(),
                        "Er zit één kind minder in de groep bij wie " + factor.label() + " speelt.",
                        c -> removeOne(c.getStartklas(), factor)));
            }
            changes.add(new CaseChange("PLAATS_VRIJ", "Er komt een plaats vrij in de groep.", c -> removeOne(c.getStartklas(), null)));
            changes.add(new CaseChange("ANDERE_GROEP",
                    "Een andere startklasgroep, met plek en zonder kinderen bij wie een complicerende factor speelt.",
                    c -> c.getStartklas().setLeerlingen(new ArrayList<>())));
        }
        if (!casus.getProces().isKnooppuntGehouden()) {
            changes.add(new CaseChange("KNOOPPUNT_GEHOUDEN", "Het knooppunt is gehouden.",
                    c -> c.getProces().setKnooppuntGehouden(true)));
        }
        if (!casus.getProces().isToestemmingOuders()) {
            changes.add(new CaseChange("TOESTEMMING_OUDERS", "De ouders geven toestemming voor de warme overdracht.",
                    c -> c.getProces().setToestemmingOuders(true)));
        }
        return changes;
    }

    /** The SOP covers one more need; a SOP that was not known becomes known, covering that need. */
    private static void coverToo(Casus casus, Ondersteuningsbehoefte need) {
        if (casus.getMoederschool() == null) {
            casus.setMoederschool(new Moederschool());
        }
        Moederschool school = casus.getMoederschool();
        List<Ondersteuningsbehoefte> covered = new ArrayList<>(school.isSopBekend() ? school.getKanVoorzienIn() : List.of());
        covered.add(need);
        school.setKanVoorzienIn(covered);
    }

    private static Set<ComplicerendeFactor> factorsIn(Startklas group) {
        Set<ComplicerendeFactor> factors = new LinkedHashSet<>();
        group.getLeerlingen().forEach(l -> factors.addAll(l.getComplicerendeFactoren()));
        return factors;
    }

    /** One pupil leaves: one with the factor, or for a free place one without any factor if there is one. */
    private static void removeOne(Startklas group, ComplicerendeFactor factor) {
        List<Leerling> pupils = new ArrayList<>(group.getLeerlingen());
        Leerling leaving = pupils.stream()
                .filter(l -> factor == null ? l.getComplicerendeFactoren().isEmpty() : l.heeft(factor))
                .findFirst()
                .orElse(factor == null && !pupils.isEmpty() ? pupils.get(pupils.size() - 1) : null);
        pupils.remove(leaving);
        group.setLeerlingen(pupils);
    }

    private static <T> List<T> without(List<T> items, T item) {
        return items.stream().filter(i -> !i.equals(item)).toList();
    }

    private static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
