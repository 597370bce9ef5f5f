package nl.startklaswijzer.beveiliging;

/** The kinds of action the audit log records. */
public enum Handeling {
    AANGEMELD,
    AANMELDEN_MISLUKT,
    AANMELDEN_GEWEIGERD,
    ACCOUNT_VERGRENDELD,
    AFGEMELD,
    GEBRUIKER_AANGEMAAKT,
    ROLLEN_GEWIJZIGD,
    GEBRUIKER_UITGESCHAKELD,
    GEBRUIKER_INGESCHAKELD,
    WACHTWOORD_GEWIJZIGD
}
