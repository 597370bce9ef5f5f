package nl.startklaswijzer.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the Qute templates under templates/ on the class path, escaping every value for HTML. Qute's engine is
 * used on its own because its Quarkus extensions cannot be resolved here; the templates are plain Qute all the same.
 */
@ApplicationScoped
public class Pages {

    private static final String FOLDER = "templates/";
    private static final List<String> TAGS = List.of("reden", "redenkort", "actie", "keuzes", "keuzelijst", "veld", "fouten",
            "wijziging", "agendapunten", "foutmelding");

    private final Engine engine;
    private final Aanmelding aanmelding;

    public Pages(Aanmelding aanmelding) {
        this.aanmelding = aanmelding;
        var builder = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(Pages::locate)
                .removeStandaloneLines(true)
                .strictRendering(true);
        TAGS.forEach(tag -> builder.addSectionHelper(new UserTagSectionHelper.Factory(tag, "tags/" + tag)));
        this.engine = builder.build();
    }

    /**
     * The page, rendered with the given data and what every page shows: who is signed in, the menu their roles allow,
     * and the token its forms carry. A template mistake fails here, not silently in the HTML.
     */
    public String render(String template, Map<String, Object> data) {
        var instance = engine.getTemplate(template).instance();
        instance.data("aanmelding", aanmelding);
        data.forEach(instance::data);
        return instance.render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        String path = FOLDER + (id.endsWith(".html") ? id : id + ".html");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = loader.getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
            }
        });
    }
}
