package nl.startklaswijzer.web;

import java.time.LocalDate;
import nl.startklaswijzer.dossier.Dossier;

/** One agenda item as the agenda and dossier pages list it: overdue when its date has passed and it is still open. */
record AgendaRegel(long id, String referentie, String datum, String omschrijving, boolean open, boolean teLaat, String gedaan) {

    static AgendaRegel van(Dossier.AgendaItem item, LocalDate vandaag) {
        boolean open = item.gedaanOp() == null;
        return new AgendaRegel(item.id(), item.referentie(), Weergave.datum(item.datum()), item.omschrijving(), open,
                open && item.datum().isBefore(vandaag),
                open ? null : Weergave.moment(item.gedaanOp()) + " door " + item.gedaanDoor());
    }
}
