package nl.startklaswijzer.overdracht;

import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Signalering;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a voorschool sends to record a signal, the parents' consent, or its withdrawal. */
public final class OverdrachtVerzoeken {

    private OverdrachtVerzoeken() {
    }

    /** The pre-screen as POST /api/v1/signaleringen takes it, and optionally the consent the parents gave with it. */
    @Schema(name = "SignaleringVastleggen")
    public static class Vastleggen extends Signalering {

        private Toestemming toestemming;

        public Toestemming getToestemming() {
            return toestemming;
        }

        public void setToestemming(Toestemming toestemming) {
            this.toestemming = toestemming;
        }
    }

    /** The parents' consent: who gave it (a role), on which day (the date on the form), and for what. */
    @Schema(name = "ToestemmingVerzoek")
    public record Toestemming(Toestemmer gegevenDoor, LocalDate datum, List<Doel> voor) {
    }

    /** The day the parents withdrew their consent; today when not given. */
    public record Intrekking(LocalDate datum) {
    }
}
