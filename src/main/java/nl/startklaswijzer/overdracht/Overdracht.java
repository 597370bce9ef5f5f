package nl.startklaswijzer.overdracht;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Signaal;

/**
 * One voorschool's handover of one child, as the one asking may see it. In full ({@code volledig}) for the voorschool
 * itself, and for the knooppunt once the parents' consent is recorded: the signal, its dates and (in a dossier) every
 * recorded signal. Without consent the knooppunt sees only that a signal asks for a knooppunt, when it is due, and the
 * action to ask for consent. The consents, withdrawn ones included, are always listed: they say why the knooppunt sees
 * what it sees. {@code opgevolgd}: an advice has been recorded since the last signal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Overdracht(String referentie, Organisatie voorschool, boolean volledig, Instant gesignaleerd, Signaal signaal,
                         LocalDate knooppuntRond, LocalDate inschrijvenNietVoor, boolean opgevolgd, Toestemming toestemming,
                         List<Toestemming> toestemmingen, List<Actie> acties, List<VastgelegdeSignalering> signaleringen) {

    /**
     * The handover as {@code wie} may see it, from one voorschool's signals (newest first, at least one) and consents;
     * empty when it may see nothing of it. {@code metSignaleringen}: the signals themselves, in full, as a dossier shows them.
     */
    static Optional<Overdracht> zoals(Aanvrager wie, List<VastgelegdeSignalering> signaleringen, List<Toestemming> toestemmingen,
                                      Instant laatsteAdvies, boolean metSignaleringen) {
        VastgelegdeSignalering laatste = signaleringen.get(0);
        Organisatie voorschool = laatste.voorschool();
        Toestemming actief = toestemmingen.stream().filter(Toestemming::isActief).findFirst().orElse(null);
        boolean opgevolgd = laatsteAdvies != null && !laatsteAdvies.isBefore(laatste.tijdstip());
        List<Actie> acties = actief != null ? List.of() : List.of(vraagToestemming(voorschool, laatste.knooppuntRond()));
        List<Toestemming> geschiedenis = toestemmingen.stream()
                .sorted(Comparator.comparing(Toestemming::vastgelegdOp).reversed()).toList();
        if (wie.hoortBij(voorschool.code()) || wie.knooppunt() && actief != null) {
            return Optional.of(new Overdracht(laatste.referentie(), voorschool, true, laatste.tijdstip(), laatste.signaal(),
                    laatste.knooppuntRond(), laatste.inschrijvenNietVoor(), opgevolgd, actief, geschiedenis, acties,
                    metSignaleringen ? signaleringen : null));
        }
        Optional<VastgelegdeSignalering> bespreken = signaleringen.stream()
                .filter(s -> s.signaal() == Signaal.BESPREKEN_IN_KNOOPPUNT).findFirst();
        if (!wie.knooppunt() || bespreken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Overdracht(laatste.referentie(), voorschool, false, bespreken.get().tijdstip(), null,
                bespreken.get().knooppuntRond(), null, opgevolgd, null, geschiedenis,
                List.of(vraagToestemming(voorschool, bespreken.get().knooppuntRond())), null));
    }

    private static Actie vraagToestemming(Organisatie voorschool, LocalDate knooppuntRond) {
        return new Actie(ActieCode.TOESTEMMING_OUDERS, "Vraag de ouders om toestemming voor de warme overdracht en leg die vast. "
                + "Tot dan ziet het knooppunt alleen dat er een signalering is en wanneer het knooppunt rond is.",
                knooppuntRond, voorschool.naam() + " vraagt de ouders en legt hun toestemming vast.", null, null, null, null);
    }
}
