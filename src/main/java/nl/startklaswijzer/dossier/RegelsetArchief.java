package nl.startklaswijzer.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.opslag.Database;

/**
 * Every rule-set version that produced a recorded advice or signal, its files keyed by content hash, so that it can be
 * shown and run again exactly as it was. Versions are immutable: a version is stored once and never changed.
 */
@ApplicationScoped
public class RegelsetArchief {

    /** Compiling an old version takes a second or two; the last few are kept ready. */
    private static final int GECOMPILEERD = 4;

    private final Database database;
    private final ObjectMapper mapper;
    private final RuleSetRegistry registry;
    private final Set<RegelsetVersie> bewaard = ConcurrentHashMap.newKeySet();
    private final Map<RegelsetVersie, RuleSet> compiled = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RegelsetVersie, RuleSet> eldest) {
            return size() > GECOMPILEERD;
        }
    });

    public RegelsetArchief(Database database, ObjectMapper mapper, RuleSetRegistry registry) {
        this.database = database;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** Stores the version's files unless they are stored already; a version seen in this run costs no query. */
    public void bewaar(Database.Transaction tx, RuleSet ruleSet) throws SQLException {
        RegelsetVersie versie = ruleSet.version();
        if (bewaard.contains(versie)) {
            return;
        }
        boolean present = tx.one("SELECT 1 FROM regelset_versie WHERE naam = ? AND versie = ?", row -> true,
                versie.naam(), versie.versie()).isPresent();
        if (!present) {
            tx.update("INSERT INTO regelset_versie (naam, versie, bestanden, opgeslagen) VALUES (?, ?, ?, ?)",
                    versie.naam(), versie.versie(), json(ruleSet.source().files()), Instant.now());
        }
        bewaard.add(versie);
    }

    /** The version as it served: the serving set itself when it is still the same, otherwise compiled from the archive. */
    RuleSet regelset(RegelsetVersie versie) {
        RuleSet serving = registry.get(versie.naam());
        if (serving.version().equals(versie)) {
            return serving;
        }
        return compiled.computeIfAbsent(versie, v -> compile(bron(v).orElseThrow(() -> new IllegalStateException(
                "Regelsetversie " + v.naam() + " " + v.versie() + " ontbreekt in het archief."))));
    }

    public Optional<RuleSetSource> bron(RegelsetVersie versie) {
        return database.one("SELECT bestanden FROM regelset_versie WHERE naam = ? AND versie = ?",
                row -> new RuleSetSource(versie.naam(), files(row.getString("bestanden"))), versie.naam(), versie.versie());
    }

    private static RuleSet compile(RuleSetSource source) {
        try {
            return RuleSetCompiler.compile(source);
        } catch (InvalidRuleSetException e) {
            throw new IllegalStateException("Een gearchiveerde regelsetversie compileert niet meer: " + e.getMessage(), e);
        }
    }

    private String json(Map<String, String> files) {
        try {
            return mapper.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> files(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
