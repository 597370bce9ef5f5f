package nl.startklaswijzer.bench;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Behoeften;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Categorie;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Samenvattingen;
import nl.startklaswijzer.domein.Status;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.engine.ExplanationText;

/**
 * The default rule set's advice decisions written out in plain Java, only for the benchmark: the physical floor
 * that the rule engine is measured against. It gives the same outcome, reasons (by rule), actions, and arrangements
 * from the catalogue with their steps as the rules of cluster-brunssum with its shipped parameters (a test checks
 * that on the benchmark's mix of cases), with shorter texts. Like the rules, it reads the catalogue as data. It is not used by the product: policy owners could not read or change it.
 */
public final class PlainJavaAdvice {

    private static final Set<Ondersteuningsbehoefte> OFFER = Set.of(Ondersteuningsbehoefte.values()).stream()
            .filter(n -> n.ordinal() < 9).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String BRON = "Plan Passend Onderwijs Cluster Brunssum";
    private static final Samenvattingen SUMMARIES = new Samenvattingen(summaries());
    private static final RegelsetVersie VERSION = new RegelsetVersie("plain-java", "-");
    private static final Comparator<Reden> REASON_ORDER = Comparator.comparing(Reden::getEffect)
            .thenComparing(Reden::getCategorie).thenComparing(Reden::getRegel);

    private PlainJavaAdvice() {
    }

    public static Advies advise(Casus casus, Catalogus catalogus) {
        Kind kind = casus.getKind();
        LocalDate peildatum = casus.getPeildatum();
        List<Reden> reasons = new ArrayList<>();
        List<Actie> actions = new ArrayList<>();

        int years = Period.between(kind.getGeboortedatum(), peildatum).getYears();
        LocalDate start = casus.startVanafLeeftijdInMaanden(48);
        if (years <= 4) {
            reason(reasons, years == 4 ? "startklas-leeftijd-doelgroep" : "startklas-leeftijd-start-op-verjaardag",
                    Arrangement.STARTKLAS, Categorie.LEEFTIJD, Effect.PASSEND,
                    "Het kind is op " + ExplanationText.format(peildatum) + " " + years + " jaar oud; start op "
                            + ExplanationText.format(start) + ".");
        } else {
            reason(reasons, "startklas-leeftijd-te-oud", Arrangement.STARTKLAS, Categorie.LEEFTIJD, Effect.NIET_PASSEND,
                    "Het kind is op " + ExplanationText.format(peildatum) + " " + years + " jaar oud.");
        }

        List<Ondersteuningsbehoefte> needs = kind.getOndersteuningsbehoeften();
        List<Ondersteuningsbehoefte> inOffer = needs.stream().filter(OFFER::contains).toList();
        List<Ondersteuningsbehoefte> outside = needs.stream().filter(n -> !OFFER.contains(n)).toList();
        reason(reasons, inOffer.size() >= 2 ? "startklas-meerdere-ontwikkelingsgebieden" : "startklas-te-weinig-ontwikkelingsgebieden",
                Arrangement.STARTKLAS, Categorie.ONDERSTEUNINGSBEHOEFTE, inOffer.size() >= 2 ? Effect.PASSEND : Effect.NIET_PASSEND,
                "Ondersteuning op " + inOffer.size() + " gebieden: " + ExplanationText.format(inOffer) + ".");
        if (!outside.isEmpty()) {
            reason(reasons, "startklas-behoefte-buiten-aanbod", Arrangement.STARTKLAS, Categorie.ONDERSTEUNINGSBEHOEFTE,
                    Effect.NIET_PASSEND, "Buiten het aanbod: " + ExplanationText.format(outside) + ".");
            reason(reasons, "specialistisch-behoefte-buiten-aanbod", Arrangement.SPECIALISTISCH, Categorie.ONDERSTEUNINGSBEHOEFTE,
                    Effect.PASSEND, "Specialistische route voor " + ExplanationText.format(outside) + ".");
        }

        Moederschool school = casus.getMoederschool();
        boolean sopKnown = school != null && school.isSopBekend();
        if (needs.isEmpty()) {
            reason(reasons, "moederschool-geen-ondersteuningsbehoefte", Arrangement.MOEDERSCHOOL, Categorie.MOEDERSCHOOL,
                    Effect.PASSEND, "Geen ondersteuningsbehoefte.");
        } else if (!sopKnown) {
            reason(reasons, "moederschool-sop-onbekend", Arrangement.MOEDERSCHOOL, Categorie.MOEDERSCHOOL, Effect.BESPREKEN,
                    "SOP onbekend voor " + ExplanationText.format(needs) + ".");
        } else {
            List<Ondersteuningsbehoefte> notCovered = needs.stream().filter(n -> !school.getKanVoorzienIn().contains(n)).toList();
            if (notCovered.isEmpty()) {
                reason(reasons, "moederschool-sop-dekt-behoeften", Arrangement.MOEDERSCHOOL, Categorie.MOEDERSCHOOL,
                        Effect.PASSEND, "Het SOP van " + school.getAanduiding() + " dekt alles.");
                reason(reasons, "startklas-moederschool-kan-voorzien", Arrangement.STARTKLAS, Categorie.MOEDERSCHOOL,
                        Effect.NIET_PASSEND, "Regulier waar het kan.");
            } else {
                reason(reasons, "moederschool-sop-dekt-niet", Arrangement.MOEDERSCHOOL, Categorie.MOEDERSCHOOL,
                        Effect.NIET_PASSEND, "Het SOP van " + school.getAanduiding() + " voorziet niet in " + ExplanationText.format(notCovered) + ".");
            }
        }

        int factors = kind.getComplicerendeFactoren().size();
        if (factors == 1) {
            reason(reasons, "startklas-complicerende-factor", Arrangement.STARTKLAS, Categorie.COMPLICERENDE_FACTOREN,
                    Effect.AANDACHTSPUNT, "Bij het kind speelt " + ExplanationText.format(kind.getComplicerendeFactoren()) + ".");
        } else if (factors >= 2) {
            reason(reasons, "startklas-combinatie-complicerende-factoren", Arrangement.STARTKLAS, Categorie.COMPLICERENDE_FACTOREN,
                    Effect.BESPREKEN, "Combinatie van " + factors + " factoren.");
        }

        if (casus.getStartklas() == null) {
            reason(reasons, "startklas-groep-onbekend", Arrangement.STARTKLAS, Categorie.GROEPSSAMENSTELLING,
                    Effect.AANDACHTSPUNT, "De groep is niet opgegeven.");
        } else {
            long notToiletTrained = casus.getStartklas().getLeerlingen().stream()
                    .filter(l -> l.heeft(ComplicerendeFactor.NIET_ZINDELIJK)).count();
            if (kind.heeft(ComplicerendeFactor.NIET_ZINDELIJK) && notToiletTrained >= 2) {
                reason(reasons, "startklas-groep-niet-zindelijk", Arrangement.STARTKLAS, Categorie.GROEPSSAMENSTELLING,
                        Effect.BESPREKEN, "Er zitten al " + notToiletTrained + " kinderen in de groep die niet zindelijk zijn.");
            }
            int taken = casus.getStartklas().getBezet();
            int capacity = casus.getStartklas().capaciteitOf(12);
            if (taken < capacity) {
                reason(reasons, "startklas-plaats-vrij", Arrangement.STARTKLAS, Categorie.CAPACITEIT, Effect.PASSEND,
                        taken + " van de " + capacity + " plaatsen bezet.");
            } else if (kind.woontIn(List.of("Brunssum"))) {
                reason(reasons, "startklas-groep-vol-voorrang", Arrangement.STARTKLAS, Categorie.VOORRANG, Effect.BESPREKEN,
                        "Vol, maar voorrang voor " + kind.getGemeente() + ".");
            } else {
                reason(reasons, "startklas-groep-vol", Arrangement.STARTKLAS, Categorie.CAPACITEIT, Effect.BESPREKEN,
                        "De groep is vol: " + taken + " van de " + capacity + ".");
            }
        }

        boolean startklasRuledOut = reasons.stream().anyMatch(r -> r.getArrangement() == Arrangement.STARTKLAS
                && r.getEffect() == Effect.NIET_PASSEND);
        boolean outsideTargetGroup = reasons.stream().anyMatch(r -> r.getArrangement() == Arrangement.STARTKLAS
                && r.getEffect() == Effect.NIET_PASSEND
                && (r.getCategorie() == Categorie.LEEFTIJD || r.getCategorie() == Categorie.ONDERSTEUNINGSBEHOEFTE));
        boolean moederschoolFits = reasons.stream().anyMatch(r -> r.getArrangement() == Arrangement.MOEDERSCHOOL
                && r.getEffect() == Effect.PASSEND);
        if (!needs.isEmpty() && outside.isEmpty() && outsideTargetGroup && !moederschoolFits) {
            reason(reasons, "regulier-met-arrangement-buiten-doelgroep", Arrangement.REGULIER_MET_ARRANGEMENT,
                    Categorie.ONDERSTEUNINGSBEHOEFTE, Effect.PASSEND, "Regulier met arrangement voor " + ExplanationText.format(needs) + ".");
        }

        if (!startklasRuledOut) {
            if (!casus.getProces().isKnooppuntGehouden()) {
                action(actions, ActieCode.KNOOPPUNT, "actie-knooppunt", "Plan een knooppuntoverleg.", start);
            }
            action(actions, ActieCode.ONDERBOUWING_MOEDERSCHOOL, "actie-onderbouwing-moederschool",
                    "Onderbouwing voor " + ExplanationText.format(needs) + ".", null);
            action(actions, ActieCode.ONTWIKKELPLAN, "actie-ontwikkelplan", "Stel doelen op.", null);
            action(actions, ActieCode.TERUGPLAATSING, "actie-terugplaatsing", "Terugplaatsing.", start.plusMonths(12));
            action(actions, ActieCode.EVALUATIE_IB, "actie-evaluatie-ib", "IB-er elke 16 weken.", start.plusWeeks(16));
            reason(reasons, "wens-evaluatie-ib-eerder", Arrangement.STARTKLAS, Categorie.PROCES, Effect.AANDACHTSPUNT,
                    "Wens: na 8 weken, rond " + ExplanationText.format(start.plusWeeks(8)) + ".");
            action(actions, ActieCode.OBSERVATIE_MOEDERSCHOOL, "actie-observatie-moederschool", "Twee keer per jaar.",
                    start.plusMonths(6));
            action(actions, ActieCode.NAZORG, "actie-nazorg", "Nazorg.", start.plusMonths(12).plusWeeks(8));
            if (!casus.getProces().isToestemmingOuders()) {
                action(actions, ActieCode.TOESTEMMING_OUDERS, "actie-toestemming-ouders", "Vraag toestemming.", null);
            }
        }
        if (kind.heeft(ComplicerendeFactor.WEINIG_VERSLAGLEGGING)) {
            action(actions, ActieCode.DOSSIER_AANVULLEN, "actie-dossier-aanvullen", "Vul het dossier aan.", null);
        }
        weighCatalogue(casus, catalogus, outside.isEmpty(), startklasRuledOut, reasons, actions);
        reasons.sort(REASON_ORDER);
        actions.sort(Comparator.comparing(Actie::getCode));
        return Advies.uit(kind.getReferentie(), reasons, actions, catalogus, SUMMARIES, VERSION, peildatum);
    }

    /** catalogus.drl and catalogus-stappen.drl, with their shipped parameters (TLV 10 weeks, beschikking 8). */
    private static void weighCatalogue(Casus casus, Catalogus catalogus, boolean onlyRegularNeeds, boolean startklasRuledOut,
                                       List<Reden> reasons, List<Actie> actions) {
        Behoeften needed = casus.getNietGedekt();
        if (needed.isLeeg()) {
            return;
        }
        int months = casus.getKind().leeftijdOp(casus.getPeildatum()).getInMaanden();
        for (Aanbod entry : catalogus.arrangementen()) {
            LocalDate start = entry.startdatum(casus, 10, 8);
            boolean servesAll = entry.nietGeboden(needed).isLeeg();
            boolean fits = servesAll;
            reason(reasons, fits ? "catalogus-biedt-wat-nodig-is" : "catalogus-biedt-niet-alles", entry, Categorie.ONDERSTEUNINGSBEHOEFTE,
                    fits ? Effect.PASSEND : Effect.NIET_PASSEND, entry.getNaam() + (fits ? " biedt wat nodig is." : " biedt niet alles."));
            if (entry.getTotLeeftijdInMaanden() != null && months >= entry.getTotLeeftijdInMaanden()) {
                fits = false;
                reason(reasons, "catalogus-leeftijd-te-oud", entry, Categorie.LEEFTIJD, Effect.NIET_PASSEND, "Te oud.");
            }
            if (entry.isSpecialistisch() && onlyRegularNeeds && servesAll) {
                reason(reasons, "catalogus-regulier-waar-het-kan", entry, Categorie.ONDERSTEUNINGSBEHOEFTE, Effect.BESPREKEN,
                        "Regulier waar het kan.");
            }
            if (!entry.isSpecialistisch() && !startklasRuledOut && servesAll) {
                reason(reasons, "catalogus-regulier-naast-startklas", entry, Categorie.MOEDERSCHOOL, Effect.BESPREKEN,
                        "Ook de startklas komt in aanmerking.");
            }
            if (fits) {
                if (entry.isTlv()) {
                    step(actions, ActieCode.TLV_AANVRAGEN, "stap-tlv-aanvragen", entry, start.minusWeeks(10));
                }
                if (entry.isBeschikkingJeugdhulp()) {
                    step(actions, ActieCode.BESCHIKKING_JEUGDHULP, "stap-beschikking-jeugdhulp", entry, start.minusWeeks(8));
                }
                step(actions, ActieCode.AANMELDEN, "stap-aanmelden", entry, start);
            }
        }
    }

    private static void reason(List<Reden> reasons, String rule, Arrangement arrangement, Categorie category, Effect effect,
                               String text) {
        reasons.add(new Reden(rule, category, effect, arrangement, null, null, text, BRON, Status.VASTGESTELD, Map.of(), Map.of()));
    }

    private static void reason(List<Reden> reasons, String rule, Aanbod entry, Categorie category, Effect effect, String text) {
        reasons.add(new Reden(rule, category, effect, null, entry.getCode(), null, text, BRON, Status.AANNAME, Map.of(), Map.of()));
    }

    private static void action(List<Actie> actions, ActieCode code, String rule, String text, LocalDate deadline) {
        actions.add(new Actie(code, text, deadline, null, null, rule, BRON, Status.VASTGESTELD));
    }

    private static void step(List<Actie> actions, ActieCode code, String rule, Aanbod entry, LocalDate deadline) {
        actions.add(new Actie(code, entry.getNaam(), deadline, null, entry.getCode(), rule, BRON, Status.VASTGESTELD));
    }

    private static Map<Uitkomst, String> summaries() {
        Map<Uitkomst, String> texts = new EnumMap<>(Uitkomst.class);
        for (Uitkomst uitkomst : Uitkomst.values()) {
            texts.put(uitkomst, uitkomst.label());
        }
        return texts;
    }
}
