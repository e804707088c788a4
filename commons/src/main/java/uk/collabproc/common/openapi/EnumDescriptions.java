package uk.collabproc.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Officers read the values of an enum in Swagger UI and need to know what each means: {@code DUAL_DIVERSE},
 * {@code NOT_EVALUABLE}, {@code partiallyMet}. Every enum of the document, an enum schema or one written in a property
 * (or its items), gets each value's meaning from {@code openapi-enums.properties} beside this class: as a list after its
 * description, which Swagger UI shows, and as {@code x-enum-descriptions} (one per value, in order), which client
 * generators read. A value found nowhere is left without one, and the contract rules of the services' tests say which.
 */
final class EnumDescriptions {

    static final String EXTENSION = "x-enum-descriptions";
    private static final Properties MEANINGS = meanings();

    private EnumDescriptions() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            describe(schema, name, null);
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) -> {
                    describe(propertySchema, name, property);
                    if (propertySchema.getItems() != null) {
                        describe(propertySchema.getItems(), name, property);
                    }
                });
            }
        });
    }

    private static void describe(Schema schema, String owner, String property) {
        if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()
                || (schema.getExtensions() != null && schema.getExtensions().containsKey(EXTENSION))) {
            return;
        }
        List<String> meanings = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (Object value : schema.getEnumeration()) {
            String meaning = meaning(owner, property, String.valueOf(value));
            if (meaning == null) {
                return;
            }
            meanings.add(meaning);
            list.append(list.isEmpty() ? "" : "\n").append("- `").append(value).append("`: ").append(meaning);
        }
        schema.addExtension(EXTENSION, meanings);
        schema.setDescription(schema.getDescription() == null || schema.getDescription().isBlank() ? list.toString()
                : schema.getDescription() + "\n\n" + list);
    }

    /** The most particular meaning listed: the schema's property, the schema, the property anywhere, the value anywhere. */
    static String meaning(String owner, String property, String value) {
        List<String> keys = property == null ? List.of(owner + "." + value, value)
                : List.of(owner + "." + property + "." + value, property + "." + value, value);
        return keys.stream().map(MEANINGS::getProperty).filter(meaning -> meaning != null).findFirst().orElse(null);
    }

    private static Properties meanings() {
        Properties properties = new Properties();
        try (InputStream in = EnumDescriptions.class.getResourceAsStream("openapi-enums.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

}
