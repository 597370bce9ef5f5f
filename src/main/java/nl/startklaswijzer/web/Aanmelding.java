package nl.startklaswijzer.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import nl.startklaswijzer.beveiliging.CsrfTokens;
import nl.startklaswijzer.beveiliging.Rol;

/** Who is signed in on this page, the menu items their roles allow, and the token for the page's forms. */
@RequestScoped
public class Aanmelding {

    /** A menu item and the roles that see it; no roles means every signed-in user. */
    public record MenuItem(String label, String href, List<Rol> rollen) {
    }

    private static final List<MenuItem> MENU = List.of(
            new MenuItem("Casus bekijken", "/casus", List.of(Rol.KNOOPPUNT, Rol.BELEID)),
            new MenuItem("Dossiers", "/dossiers", List.of(Rol.KNOOPPUNT)),
            new MenuItem("Agenda", "/agenda", List.of(Rol.KNOOPPUNT)),
            new MenuItem("Groepen", "/groepen", List.of(Rol.KNOOPPUNT)),
            new MenuItem("Monitor", "/monitor", List.of(Rol.BELEID, Rol.KNOOPPUNT)),
            new MenuItem("Signalering", "/signalering", List.of(Rol.VOORSCHOOL, Rol.KNOOPPUNT)),
            new MenuItem("Regels", "/regels", List.of()),
            new MenuItem("Beheer", "/beheer", List.of(Rol.BEHEER)));

    private final SecurityIdentity identity;
    private final CsrfTokens tokens;

    public Aanmelding(SecurityIdentity identity, CsrfTokens tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    public boolean isAangemeld() {
        return !identity.isAnonymous();
    }

    public String getNaam() {
        return isAangemeld() ? identity.getPrincipal().getName() : "";
    }

    /** The user's roles in Dutch words, in the order of the enum. */
    public String getRollen() {
        return String.join(", ", Arrays.stream(Rol.values()).filter(this::heeft).map(Rol::label).toList());
    }

    public List<MenuItem> getMenu() {
        return isAangemeld() ? MENU.stream().filter(i -> i.rollen().isEmpty() || i.rollen().stream().anyMatch(this::heeft)).toList()
                : List.of();
    }

    public boolean heeft(Rol rol) {
        return identity.hasRole(rol.name());
    }

    public String getCsrf() {
        return tokens.token();
    }
}
