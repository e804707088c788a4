package uk.collabproc.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Renders a kustomization with {@code deploy/kubernetes/render.sh} and reads every object strictly: each kind into
 * its class of the Kubernetes model (fabric8), or into {@link CloudNativePgCluster}, and a field the class does not
 * declare is an error. The fabric8 classes would otherwise keep unknown fields in their {@code additionalProperties}
 * without a word, so this reader takes that catch-all away from them; it also refuses a kind it does not know and a
 * scalar of the wrong type ({@code replicas: "2"}), which the API server would refuse too.
 */
final class StrictManifests {

    /** apiVersion and kind of every object our manifests may hold, and what reads it. */
    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "postgresql.cnpg.io/v1/Cluster", CloudNativePgCluster.class);

    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule("no-catch-all").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    builder.setIgnoreUnknownProperties(false);
                    return builder;
                }
            }))
            .build();

    private static final Path KUBERNETES = locate();

    private StrictManifests() {
    }

    /** The objects of {@code deploy/kubernetes/<kustomization>} as the cluster would receive them. */
    static List<Object> render(String kustomization) {
        return read(kustomize(kustomization));
    }

    /** Every object of a YAML stream, each read strictly; the first that does not read fails the whole. */
    static List<Object> read(String yaml) {
        List<Object> objects = new ArrayList<>();
        try (var documents = STRICT.readerFor(JsonNode.class).<JsonNode> readValues(new YAMLFactory().createParser(yaml))) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                Class<?> model = KINDS.get(type);
                if (model == null) {
                    throw new IllegalArgumentException("no model for " + type + " (" + document.path("metadata").path("name")
                            + "): add one, do not let it through unread");
                }
                try {
                    objects.add(STRICT.treeToValue(document, model));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(type + " " + document.path("metadata").path("name") + ": "
                            + e.getOriginalMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static Path kubernetesFolder() {
        return KUBERNETES;
    }

    private static String kustomize(String kustomization) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder("bash", KUBERNETES.resolve("render.sh").toString(), kustomization)
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String manifests;
            try (InputStream out = process.getInputStream()) {
                manifests = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            // Installing kubectl on a fresh machine takes a while; rendering takes a second.
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("render.sh " + kustomization + " did not finish");
            }
            String stderr = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("render.sh " + kustomization + " failed:\n" + stderr);
            }
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** deploy/kubernetes of this checkout, whether the build runs from the root or from system-tests. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/kubernetes");
            if (Files.isRegularFile(candidate.resolve("render.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/kubernetes/render.sh not found above " + Path.of("").toAbsolutePath());
    }
}
