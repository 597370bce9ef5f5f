package nl.startklaswijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.GroepInvuller;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.UnknownRuleSetException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Advice for a whole cohort: one case per line in, one advice per line out, in the same order. Lines are read in
 * chunks, answered on all cores at once, and written in their own order; only one chunk is held at a time, so
 * memory does not grow with the number of cases.
 */
@RolesAllowed({"KNOOPPUNT", "BELEID"})
@Path("/api/v1/adviezen/batch")
@Tag(name = "Advies")
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
public class BatchResource {

    static final String NDJSON = "application/x-ndjson";
    /** Lines answered together: enough to keep every core busy, few enough to hold at once. */
    private static final int CHUNK = 512;

    /** What a bad line gets instead of an advice: its line number and what is wrong with it. */
    public record FoutRegel(int regelnummer, List<Fout> fouten) {
    }

    private final RuleSetRegistry registry;
    private final GroepInvuller groepen;
    private final AdviesMetingen metingen;
    private final Validator validator;
    private final ObjectReader caseReader;
    private final ObjectWriter writer;
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread thread = new Thread(task, "batch-advies");
        thread.setDaemon(true);
        return thread;
    });

    public BatchResource(RuleSetRegistry registry, GroepInvuller groepen, AdviesMetingen metingen, Validator validator,
                         ObjectMapper mapper) {
        this.registry = registry;
        this.groepen = groepen;
        this.metingen = metingen;
        this.validator = validator;
        this.caseReader = mapper.readerFor(Casus.class);
        this.writer = mapper.writer();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(operationId = "geefAdviezen", summary = "Advies voor veel kinderen tegelijk",
            description = "Newline-delimited JSON: per regel een casus; het antwoord geeft per regel een advies, in dezelfde "
                    + "volgorde. Een regel met een fout geeft {\"regelnummer\": n, \"fouten\": [...]} en de rest gaat door.")
    @RequestBody(required = true, description = "Per regel een casus als JSON, zoals bij POST /api/v1/adviezen.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, examples = ApiExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "Per regel van de aanvraag een regel: het advies met de referentie van de "
            + "casus, of het regelnummer met de fouten. Het antwoord komt als een stroom, ook voor een heel cohort.",
            content = @Content(mediaType = NDJSON,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", examples = ApiExamples.BATCH_ANTWOORD)))
    public StreamingOutput batch(InputStream body) {
        return output -> {
            OutputStream out = new BufferedOutputStream(output, 1 << 16);
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            List<CompletableFuture<byte[]>> chunk = new ArrayList<>(CHUNK);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    String text = line;
                    int at = number;
                    chunk.add(CompletableFuture.supplyAsync(() -> encode(answer(text, at)), workers));
                }
                if (chunk.size() == CHUNK) {
                    write(chunk, out);
                }
            }
            write(chunk, out);
            out.flush();
        };
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private static void write(List<CompletableFuture<byte[]>> chunk, OutputStream out) throws IOException {
        for (CompletableFuture<byte[]> answer : chunk) {
            out.write(answer.join());
            out.write('\n');
        }
        chunk.clear();
    }

    private byte[] encode(Object answer) {
        try {
            return writer.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object answer(String line, int number) {
        Casus casus;
        try {
            casus = caseReader.readValue(line);
        } catch (JsonProcessingException e) {
            return new FoutRegel(number, List.of(InputErrors.of(e)));
        }
        if (casus == null) {
            return new FoutRegel(number, List.of(new Fout("", "Deze regel is geen casus.")));
        }
        List<Fout> fouten = InputErrors.of(validator.validate(casus));
        if (!fouten.isEmpty()) {
            return new FoutRegel(number, fouten);
        }
        try {
            return metingen.geteld(CaseEvaluator.advise(registry.get(casus.getRegelset()), groepen.vulIn(casus)));
        } catch (UnknownRuleSetException e) {
            return new FoutRegel(number, List.of(new Fout("regelset", e.getMessage())));
        } catch (Weigering e) {
            return new FoutRegel(number, List.of(new Fout(e.veld(), e.getMessage())));
        }
    }
}
