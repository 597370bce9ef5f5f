package nl.startklaswijzer.beveiliging;

/**
 * Where a user works: a voorschool location, a school or the samenwerkingsverband. Its code keys the records its
 * users make, so that a voorschool reads only its own.
 */
public record Organisatie(String code, String naam, OrganisatieSoort soort) {
}
