package nl.startklaswijzer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Proces;
import nl.startklaswijzer.domein.Startklas;

/**
 * A realistic, repeatable mix of cases for the benchmarks: children from 3.5 to 5.5 years old, mostly with needs the
 * startklas offers, sometimes one that calls for specialised care, complicating factors now and then, a known or
 * unknown SOP, and groups from empty to full. The same seed gives the same cases.
 *
 * <p>Run as a program it writes cases as newline-delimited JSON: {@code CaseGenerator <count> [seed]}.
 */
public final class CaseGenerator {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 9, 1);
    private static final Ondersteuningsbehoefte[] NEEDS = Ondersteuningsbehoefte.values();
    private static final ComplicerendeFactor[] FACTORS = ComplicerendeFactor.values();
    private static final String[] MUNICIPALITIES = {"Brunssum", "Heerlen", "Landgraaf", "Beekdaelen", "Kerkrade"};

    private final Random random;

    public CaseGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<Casus> cases(int count) {
        List<Casus> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(next(i));
        }
        return cases;
    }

    public Casus next(int index) {
        Casus casus = new Casus();
        casus.setPeildatum(PEILDATUM);
        Kind kind = new Kind();
        kind.setReferentie("B-" + index);
        kind.setGeboortedatum(PEILDATUM.minusDays(3 * 365 + 180 + random.nextInt(2 * 365)));
        kind.setGemeente(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]);
        kind.setOndersteuningsbehoeften(needs());
        kind.setComplicerendeFactoren(factors(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)));
        casus.setKind(kind);
        if (random.nextInt(10) < 8) {
            Moederschool school = new Moederschool();
            school.setNaam("BS " + (char) ('A' + random.nextInt(26)));
            if (random.nextInt(10) < 7) {
                school.setKanVoorzienIn(pick(NEEDS, random.nextInt(5), 9));
            }
            casus.setMoederschool(school);
        }
        if (random.nextInt(10) < 8) {
            Startklas group = new Startklas();
            List<Leerling> pupils = new ArrayList<>();
            int size = random.nextInt(13);
            for (int p = 0; p < size; p++) {
                Leerling pupil = new Leerling();
                pupil.setComplicerendeFactoren(factors(random.nextInt(10) < 7 ? 0 : 1));
                pupils.add(pupil);
            }
            group.setLeerlingen(pupils);
            casus.setStartklas(group);
        }
        Proces proces = new Proces();
        proces.setKnooppuntGehouden(random.nextBoolean());
        proces.setToestemmingOuders(random.nextInt(10) < 7);
        casus.setProces(proces);
        return casus;
    }

    /** Mostly needs from the startklas offer; one child in ten also needs something only specialised care gives. */
    private List<Ondersteuningsbehoefte> needs() {
        List<Ondersteuningsbehoefte> needs = new ArrayList<>(pick(NEEDS, random.nextInt(5), 9));
        if (random.nextInt(10) == 0) {
            needs.add(NEEDS[9 + random.nextInt(3)]);
        }
        return needs;
    }

    private List<ComplicerendeFactor> factors(int count) {
        return pick(FACTORS, count, FACTORS.length);
    }

    private <T> List<T> pick(T[] values, int count, int from) {
        List<T> picked = new ArrayList<>();
        while (picked.size() < count) {
            T value = values[random.nextInt(from)];
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        CaseGenerator generator = new CaseGenerator(args.length > 1 ? Long.parseLong(args[1]) : 42);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                out.write(json.writeValueAsString(generator.next(i)));
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
