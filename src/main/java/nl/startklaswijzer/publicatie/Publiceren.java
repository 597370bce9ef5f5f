package nl.startklaswijzer.publicatie;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleFolderWriter;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetConfig;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.VersionDiff;
import nl.startklaswijzer.engine.VersionInUse;
import nl.startklaswijzer.engine.inheritance.Layers;

/**
 * Publishes a rule change from the web: through the same gate as a file in the rules folder (the rule guard,
 * compilation, every scenario, and every set built on it), then written into the set's folder and served at once.
 * A refused change writes nothing. A change made on a version that no longer serves is refused with what changed in
 * between, so that no one's update is lost.
 */
@ApplicationScoped
public class Publiceren {

    private final RuleSetRegistry registry;
    private final RuleSetConfig config;
    private final Geschiedenis geschiedenis;
    private final AuditLog audit;

    public Publiceren(RuleSetRegistry registry, RuleSetConfig config, Geschiedenis geschiedenis, AuditLog audit) {
        this.registry = registry;
        this.config = config;
        this.geschiedenis = geschiedenis;
        this.audit = audit;
    }

    public Publicatie publiceer(String naam, PublicatieVerzoek verzoek, String auteur) throws InvalidRuleSetException {
        BestandsNamen.check(verzoek.bestanden());
        return publish(naam, verzoek.basisVersie(), verzoek.toelichting(), auteur, Handeling.REGELS_GEPUBLICEERD,
                own -> {
                    Map<String, String> changed = new HashMap<>(own);
                    verzoek.bestanden().forEach((path, text) -> {
                        if (text == null) {
                            changed.remove(path);
                        } else {
                            // Browsers and some editors send CRLF line ends; the files in the folder have LF.
                            changed.put(path, text.replace("\r\n", "\n"));
                        }
                    });
                    return changed;
                });
    }

    /** Publishes the set's own files of an earlier version again, as a new version: history is never rewritten. */
    public Publicatie zetTerug(String naam, String versie, String toelichting, String basisVersie, String auteur)
            throws InvalidRuleSetException {
        RuleSetSource earlier = geschiedenis.bestanden(naam, versie).orElseThrow(() -> Weigering.onbekend("versie",
                "Versie " + versie + " van regelset " + naam + " staat niet in de geschiedenis."));
        return publish(naam, basisVersie, "Teruggezet naar versie " + versie + ": " + toelichting, auteur,
                Handeling.REGELS_TERUGGEZET, own -> Layers.ownFiles(earlier));
    }

    @FunctionalInterface
    private interface Change {
        Map<String, String> apply(Map<String, String> own) throws InvalidRuleSetException;
    }

    private Publicatie publish(String naam, String basisVersie, String toelichting, String auteur, Handeling handeling,
                               Change change) throws InvalidRuleSetException {
        try {
            return registry.exclusively(() -> {
                try {
                    return publishLocked(naam, basisVersie, toelichting, auteur, handeling, change);
                } catch (InvalidRuleSetException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused refused) {
            throw refused.cause;
        }
    }

    /** Carries a refusal out of the registry's lock, which takes work that throws nothing checked. */
    private static final class Refused extends RuntimeException {
        private final InvalidRuleSetException cause;

        Refused(InvalidRuleSetException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    private Publicatie publishLocked(String naam, String basisVersie, String toelichting, String auteur,
                                     Handeling handeling, Change change) throws InvalidRuleSetException {
        // Another service on the same folder may have published since this one last looked.
        registry.refresh();
        RuleSet serving = registry.get(naam);
        String current = serving.version().versie();
        if (!current.equals(basisVersie)) {
            throw Weigering.conflict("basisVersie", "De regelset is intussen gewijzigd: versie " + current
                    + " is in gebruik, niet " + basisVersie + ". " + changedSince(naam, basisVersie, serving)
                    + " Maak uw wijziging opnieuw op versie " + current + ".");
        }
        Map<String, String> own = Layers.ownFiles(serving.source());
        Map<String, String> target = change.apply(own);
        RuleSetRegistry.Gate gate = registry.gate(new RuleSetSource(naam, target), true);
        if (!gate.geldig()) {
            throw new InvalidRuleSetException(gate.fouten());
        }
        Validation published = gate.validations().get(naam);
        if (published.versie().equals(current)) {
            throw Weigering.ongeldig("bestanden", "Deze bestanden zijn gelijk aan versie " + current + ", die al in gebruik is.");
        }
        RuleFolderWriter.write(folder(naam), differences(folder(naam), target));
        registry.install(gate, new VersionInUse.Publication(auteur, toelichting));
        audit.schrijf(auteur, handeling, "regelset " + naam, "versie " + current + " → " + published.versie());
        Map<String, String> derived = new LinkedHashMap<>();
        gate.validations().forEach((set, validation) -> {
            if (!set.equals(naam)) {
                derived.put(set, validation.versie());
            }
        });
        return new Publicatie(naam, published.versie(), current, Instant.now(), auteur, toelichting,
                VersionDiff.between(serving.source(), published.ruleSet().source()), published.scenarios().size(), derived);
    }

    /** What the folder must change to hold exactly the published files: new and changed ones, and removals. */
    private static Map<String, String> differences(Path folder, Map<String, String> target) {
        Map<String, String> onDisk = Files.isDirectory(folder) ? RuleSetSource.read(folder).files() : Map.of();
        Map<String, String> changes = new LinkedHashMap<>();
        target.forEach((path, text) -> {
            if (!Objects.equals(onDisk.get(path), text)) {
                changes.put(path, text);
            }
        });
        onDisk.keySet().stream().filter(path -> !target.containsKey(path)).forEach(path -> changes.put(path, null));
        return changes;
    }

    private String changedSince(String naam, String basisVersie, RuleSet serving) {
        return geschiedenis.bestanden(naam, basisVersie)
                .map(earlier -> {
                    List<String> changes = VersionDiff.between(earlier, serving.source());
                    return "Sindsdien veranderde: " + (changes.isEmpty() ? "niets aan regels of parameters" : String.join("; ", changes)) + ".";
                })
                .orElse("Versie " + basisVersie + " is onbekend.");
    }

    private Path folder(String naam) {
        return config.map().resolve(naam);
    }
}
