package nl.startklaswijzer.engine.tegenfeitelijk;

import java.util.ArrayList;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Proces;
import nl.startklaswijzer.domein.Startklas;

/** A deep copy of a case, so that a variation never touches the case it varies. */
final class CaseCopy {

    private CaseCopy() {
    }

    static Casus of(Casus original) {
        Casus copy = new Casus();
        copy.setPeildatum(original.getPeildatum());
        copy.setRegelset(original.getRegelset());
        copy.setKind(kind(original.getKind()));
        if (original.getMoederschool() != null) {
            Moederschool school = new Moederschool();
            school.setNaam(original.getMoederschool().getNaam());
            school.setKanVoorzienIn(original.getMoederschool().getKanVoorzienIn());
            copy.setMoederschool(school);
        }
        if (original.getStartklas() != null) {
            Startklas group = new Startklas();
            group.setCapaciteit(original.getStartklas().getCapaciteit());
            group.setLeerlingen(new ArrayList<>(original.getStartklas().getLeerlingen().stream().map(CaseCopy::pupil).toList()));
            copy.setStartklas(group);
        }
        Proces proces = new Proces();
        proces.setKnooppuntGehouden(original.getProces().isKnooppuntGehouden());
        proces.setToestemmingOuders(original.getProces().isToestemmingOuders());
        copy.setProces(proces);
        return copy;
    }

    private static Kind kind(Kind original) {
        Kind kind = new Kind();
        kind.setReferentie(original.getReferentie());
        kind.setGeboortedatum(original.getGeboortedatum());
        kind.setGemeente(original.getGemeente());
        kind.setOndersteuningsbehoeften(original.getOndersteuningsbehoeften());
        kind.setComplicerendeFactoren(original.getComplicerendeFactoren());
        return kind;
    }

    private static Leerling pupil(Leerling original) {
        Leerling pupil = new Leerling();
        pupil.setComplicerendeFactoren(new ArrayList<>(original.getComplicerendeFactoren()));
        return pupil;
    }
}
