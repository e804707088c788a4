package uk.collabproc.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes manifests, checked offline: {@code deploy/kubernetes/overlays/production} (and the base) rendered by
 * kubectl's kustomize, every object read strictly into the Kubernetes model ({@link StrictManifests}), then the rules
 * production runs by, for each service and for Keycloak: replicas, probes, resources against the heap, a disruption
 * budget, an autoscaler, network policies that let in only the callers named in docs/architecture.md, the
 * configuration the service reads from its environment, secrets only by reference, and a non-root, locked-down pod.
 */
class KubernetesManifestsTest {

    private static final String NAMESPACE = "collaborative-procurement";
    /** Where people come from: the ingress controller's namespace. */
    private static final String INGRESS_CONTROLLER = "ingress-nginx";
    private static final Path ROOT = StrictManifests.kubernetesFolder().getParent().getParent();

    /** The three services, who calls each (docs/architecture.md, "Services, data and calls"), and their databases. */
    enum Suite {
        PROCUREMENT("procurement-service", 8081, "procurement-db", "procurement", "supplier-service", "contract-service"),
        SUPPLIER("supplier-service", 8082, "supplier-db", "supplier", "contract-service", "procurement-service"),
        CONTRACT("contract-service", 8083, "contract-db", "contract", "procurement-service");

        final String service;
        final int port;
        final String cluster;
        final String database;
        final Set<String> callers;

        Suite(String service, int port, String cluster, String database, String... callers) {
            this.service = service;
            this.port = port;
            this.cluster = cluster;
            this.database = database;
            this.callers = Set.of(callers);
        }

        /** The environment variable through which a caller finds this service (application.properties). */
        String urlVariable() {
            return service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT) + "_SERVICE_URL";
        }
    }

    private static List<Object> production;
    private static RuntimeException unreadable;

    /** Rendered and read once; an object that does not read fails every check, without rendering again each time. */
    private static synchronized List<Object> production() {
        if (production == null && unreadable == null) {
            try {
                production = StrictManifests.render("overlays/production");
            } catch (RuntimeException e) {
                unreadable = e;
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return production;
    }

    // --- Reading ------------------------------------------------------------------------------------------------

    @Test
    void productionRendersIntoTheKubernetesModel() {
        Set<String> kinds = production().stream().map(KubernetesManifestsTest::kind).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(Set.of("CloudNativePgCluster", "ConfigMap", "Deployment", "HorizontalPodAutoscaler",
                "Ingress", "Namespace", "NetworkPolicy", "PodDisruptionBudget", "Service")), kinds);
    }

    @Test
    void theBaseRendersIntoTheKubernetesModel() {
        List<Object> base = StrictManifests.render("base");

        assertEquals(4, of(base, Deployment.class).size());
        assertEquals(4, of(base, CloudNativePgCluster.class).size());
    }

    @Test
    void aMisspeltFieldOfTheKubernetesModelIsRefused() {
        var refused = assertThrows(IllegalArgumentException.class, () -> StrictManifests.read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: procurement-service}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: procurement-service
                        readinesProbe: {httpGet: {path: /q/health/ready, port: http}}
                """));

        assertTrue(refused.getMessage().contains("readinesProbe"), refused.getMessage());
    }

    @Test
    void aMisspeltFieldOfACloudNativePgClusterIsRefused() {
        var refused = assertThrows(IllegalArgumentException.class, () -> StrictManifests.read("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: procurement-db}
                spec:
                  instance: 2
                """));

        assertTrue(refused.getMessage().contains("instance"), refused.getMessage());
    }

    @Test
    void aNumberWrittenAsTextAndAnUnknownKindAreRefused() {
        var text = assertThrows(IllegalArgumentException.class, () -> StrictManifests.read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: procurement-service}
                spec: {replicas: "2"}
                """));
        assertTrue(text.getMessage().contains("String value (\"2\")"), text.getMessage());

        var unknown = assertThrows(IllegalArgumentException.class, () -> StrictManifests.read("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: Keycloak
                metadata: {name: keycloak}
                """));
        assertTrue(unknown.getMessage().startsWith("no model for k8s.keycloak.org/v2alpha1/Keycloak"), unknown.getMessage());
    }

    // --- Each service -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Suite.class)
    void runsTwoReplicasThatTheAutoscalerKeepsAndTheDisruptionBudgetProtects(Suite suite) {
        Deployment deployment = deployment(suite.service);
        assertEquals(2, deployment.getSpec().getReplicas());

        HorizontalPodAutoscaler autoscaler = one(of(production(), HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(suite.service)), "autoscaler");
        assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
        assertEquals(2, autoscaler.getSpec().getMinReplicas());
        assertTrue(autoscaler.getSpec().getMaxReplicas() > 2);
        assertTrue(autoscaler.getSpec().getMetrics().stream()
                .anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu")
                        && m.getResource().getTarget().getAverageUtilization() != null));

        assertOneDisruptionAtATime(deployment);
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void isProbedOnQuarkusHealthAtItsPort(Suite suite) {
        Container container = container(deployment(suite.service));

        assertProbe(container, container.getStartupProbe(), "/q/health/started", suite.port);
        assertProbe(container, container.getReadinessProbe(), "/q/health/ready", suite.port);
        assertProbe(container, container.getLivenessProbe(), "/q/health/live", suite.port);

        Service service = named(Service.class, suite.service);
        ServicePort port = service.getSpec().getPorts().get(0);
        assertEquals(suite.port, port.getPort());
        assertEquals(suite.port, containerPort(container, port.getTargetPort()));
        assertTrue(matches(service.getSpec().getSelector(), podLabels(deployment(suite.service))));
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void hasResourcesWithRoomBesideItsHeap(Suite suite) {
        Container container = container(deployment(suite.service));
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();

        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(requests.get(resource), resource + " request");
            assertNotNull(limits.get(resource), resource + " limit");
            assertTrue(bytes(requests.get(resource)).compareTo(bytes(limits.get(resource))) <= 0, resource);
        }
        String javaOptions = env(container).get("JAVA_TOOL_OPTIONS").getValue();
        Matcher heap = Pattern.compile("-Xmx(\\d+)([kmg])").matcher(javaOptions);
        assertTrue(heap.find(), "a maximum heap in " + javaOptions);
        BigDecimal heapBytes = bytes(new Quantity(heap.group(1) + heap.group(2).toUpperCase() + "i"));
        BigDecimal room = bytes(limits.get("memory")).subtract(heapBytes);
        // Metaspace, code cache, thread stacks and direct buffers live outside the heap; a limit at the heap's size
        // gets the container killed before the heap is ever full.
        assertTrue(room.compareTo(bytes(new Quantity("384Mi"))) >= 0, "memory limit leaves " + room + " bytes beside the heap");
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void letsInOnlyTheIngressControllerAndTheServicesThatCallIt(Suite suite) {
        Allowed allowed = allowedInto(deployment(suite.service));

        assertEquals(Set.of(INGRESS_CONTROLLER), allowed.namespaces);
        assertEquals(suite.callers, allowed.pods);
        assertEquals(Set.of(suite.port), allowed.ports);

        // Each caller finds it at its Service, on its port.
        for (String caller : suite.callers) {
            assertEquals("http://" + suite.service + ":" + suite.port,
                    environment(container(deployment(caller))).get(suite.urlVariable()), caller);
        }
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void ownsADatabaseThatOnlyItReaches(Suite suite) {
        CloudNativePgCluster cluster = named(CloudNativePgCluster.class, suite.cluster);
        assertTrue(cluster.spec().instances() >= 2, "a primary and a replica");
        assertEquals(suite.database, cluster.spec().bootstrap().initdb().database());
        assertNotNull(cluster.spec().storage().size());

        Container container = container(deployment(suite.service));
        assertEquals("jdbc:postgresql://" + suite.cluster + "-rw:5432/" + suite.database,
                environment(container).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(suite.cluster + "-app", secretOf(container, "QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(suite.cluster + "-app", secretOf(container, "QUARKUS_DATASOURCE_PASSWORD"));

        Allowed allowed = allowedInto(Map.of("cnpg.io/cluster", suite.cluster));
        assertEquals(Set.of(suite.service, "cnpg.io/cluster=" + suite.cluster), allowed.pods);
        assertEquals(Set.of("cnpg-system"), allowed.namespaces);
    }

    /**
     * Every variable the service's configuration reads in production ({@code ${NAME}} in its application.properties
     * and in commons', on lines of every profile or of {@code %prod}) and the datasource's own is set, and what is
     * secret comes from a Secret. A variable with a default is set too: its default is meant for elsewhere
     * ({@code http://procurement-service:8081} happens to fit, an OTLP collector on localhost would not).
     */
    @ParameterizedTest
    @EnumSource(Suite.class)
    void isGivenEveryVariableItReadsAndItsSecretsOnlyFromSecrets(Suite suite) {
        Container container = container(deployment(suite.service));
        Set<String> read = new TreeSet<>(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD"));
        read.addAll(variablesRead(ROOT.resolve(suite.service + "/src/main/resources/application.properties")));
        read.addAll(variablesRead(ROOT.resolve("commons/src/main/resources/META-INF/microprofile-config.properties")));

        Map<String, String> environment = environment(container);
        for (String variable : read) {
            assertTrue(environment.containsKey(variable), variable + " is not set for " + suite.service);
            if (variable.contains("PASSWORD") || variable.contains("SECRET")) {
                assertNotNull(secretOf(container, variable), variable + " comes from a Secret");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void runsAsNobodyInParticularOnAReadOnlyFileSystem(Suite suite) {
        assertLockedDown(deployment(suite.service), true);
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void runsTheReleasedImage(Suite suite) {
        String image = container(deployment(suite.service)).getImage();

        assertTrue(image.matches(".+/collaborative-procurement/" + suite.service + ":[0-9][^:/]*"), image);
    }

    // --- Keycloak and the namespace -----------------------------------------------------------------------------

    @Test
    void keycloakRunsTwoProbedReplicasReachedOnlyThroughTheIngressAndByEachOther() {
        Deployment keycloak = deployment("keycloak");
        assertEquals(2, keycloak.getSpec().getReplicas());
        assertOneDisruptionAtATime(keycloak);

        Container container = container(keycloak);
        assertProbe(container, container.getStartupProbe(), "/health/started", 9000);
        assertProbe(container, container.getReadinessProbe(), "/health/ready", 9000);
        assertProbe(container, container.getLivenessProbe(), "/health/live", 9000);
        assertNotNull(container.getResources().getLimits().get("memory"));
        assertNotNull(container.getResources().getRequests().get("cpu"));
        assertEquals("keycloak-db-app", secretOf(container, "KC_DB_PASSWORD"));
        assertEquals("keycloak-bootstrap-admin", secretOf(container, "KC_BOOTSTRAP_ADMIN_PASSWORD"));

        Allowed allowed = allowedInto(keycloak);
        assertEquals(Set.of(INGRESS_CONTROLLER), allowed.namespaces);
        assertEquals(Set.of("keycloak"), allowed.pods);
        assertEquals(Set.of(8080, 7800, 57800), allowed.ports);
        // The ports above are those of the TCP stack; the default one needs multicast.
        assertEquals("jdbc-ping", environment(container).get("KC_CACHE_STACK"));

        // The services trust tokens whose issuer is the realm at Keycloak's public address.
        String hostname = environment(container).get("KC_HOSTNAME");
        for (Suite suite : Suite.values()) {
            assertEquals(hostname + "/realms/collaborative-procurement",
                    environment(container(deployment(suite.service))).get("OIDC_AUTH_SERVER_URL"));
        }
        // Keycloak completes its build at start, so its root file system stays writable; the rest is as strict.
        assertLockedDown(keycloak, false);
    }

    @Test
    void everythingLivesInANamespaceThatRefusesPrivilegedPods() {
        Namespace namespace = named(Namespace.class, NAMESPACE);
        assertEquals("restricted", namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));

        for (Object object : production()) {
            if (!(object instanceof Namespace)) {
                assertEquals(NAMESPACE, metadataOf(object).getNamespace(), kind(object) + " " + metadataOf(object).getName());
            }
        }
        // A policy that selects every pod and lets nothing in: anything without a policy of its own is unreachable.
        assertTrue(of(production(), NetworkPolicy.class).stream()
                .anyMatch(p -> selects(p.getSpec().getPodSelector(), Map.of())
                        && p.getSpec().getPolicyTypes().contains("Ingress")
                        && (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())));
    }

    @Test
    void noSecretIsCommittedAndNoneIsWrittenInline() {
        assertTrue(production().stream().noneMatch(o -> kind(o).equals("Secret")));
        for (Deployment deployment : of(production(), Deployment.class)) {
            for (EnvVar variable : container(deployment).getEnv()) {
                boolean secret = variable.getName().contains("PASSWORD") || variable.getName().contains("SECRET");
                assertFalse(secret && variable.getValue() != null, variable.getName() + " written inline");
            }
            for (ConfigMap config : configMapsOf(container(deployment))) {
                assertTrue(config.getData().keySet().stream().noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET")),
                        config.getMetadata().getName());
            }
        }
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private static void assertOneDisruptionAtATime(Deployment deployment) {
        PodDisruptionBudget budget = one(of(production(), PodDisruptionBudget.class).stream()
                .filter(pdb -> selects(pdb.getSpec().getSelector(), podLabels(deployment))),
                "disruption budget of " + deployment.getMetadata().getName());
        int replicas = deployment.getSpec().getReplicas();
        int unavailable = budget.getSpec().getMaxUnavailable() != null
                ? budget.getSpec().getMaxUnavailable().getIntVal()
                : replicas - budget.getSpec().getMinAvailable().getIntVal();
        // At least one may go (a node can be drained), never all.
        assertTrue(unavailable >= 1 && unavailable < replicas, "unavailable " + unavailable + " of " + replicas);
    }

    private static void assertProbe(Container container, Probe probe, String path, int port) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(port, containerPort(container, probe.getHttpGet().getPort()), path);
    }

    private static void assertLockedDown(Deployment deployment, boolean readOnlyRoot) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot());
        assertTrue(podSecurity.getRunAsUser() != null && podSecurity.getRunAsUser() > 0);
        assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType());
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());

        Container container = container(deployment);
        SecurityContext security = container.getSecurityContext();
        assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
        assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
        assertFalse(Boolean.TRUE.equals(security.getPrivileged()));
        assertEquals(readOnlyRoot, security.getReadOnlyRootFilesystem());
        if (readOnlyRoot) {
            String tmp = one(container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")), "/tmp").getName();
            Volume volume = one(pod.getVolumes().stream().filter(v -> v.getName().equals(tmp)), "volume " + tmp);
            assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir");
        }
    }

    /** Who the network policies that select these pods let in, to which ports. */
    private record Allowed(Set<String> namespaces, Set<String> pods, Set<Integer> ports) {
    }

    private static Allowed allowedInto(Deployment deployment) {
        return allowedInto(podLabels(deployment));
    }

    private static Allowed allowedInto(Map<String, String> podLabels) {
        Allowed allowed = new Allowed(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (NetworkPolicy policy : of(production(), NetworkPolicy.class)) {
            if (!selects(policy.getSpec().getPodSelector(), podLabels)) {
                continue;
            }
            assertTrue(policy.getSpec().getPolicyTypes().contains("Ingress"), policy.getMetadata().getName());
            for (NetworkPolicyIngressRule rule : Objects.requireNonNullElse(policy.getSpec().getIngress(),
                    List.<NetworkPolicyIngressRule> of())) {
                String name = policy.getMetadata().getName();
                // A rule without sources or without ports lets everyone in, or into every port.
                assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), name + ": a rule open to all");
                assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), name + ": a rule open on every port");
                for (NetworkPolicyPort port : rule.getPorts()) {
                    assertNotNull(port.getPort().getIntVal(), name + ": ports by number");
                    allowed.ports.add(port.getPort().getIntVal());
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertEquals(null, peer.getIpBlock(), name + ": no address ranges");
                    if (peer.getNamespaceSelector() != null) {
                        allowed.namespaces.add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                    } else {
                        Map<String, String> labels = peer.getPodSelector().getMatchLabels();
                        assertEquals(1, labels.size(), name + ": " + labels);
                        allowed.pods.add(labels.containsKey("app.kubernetes.io/name")
                                ? labels.get("app.kubernetes.io/name")
                                : labels.entrySet().iterator().next().toString());
                    }
                }
            }
        }
        return allowed;
    }

    /** Every variable the container is given, by name, with its value where it is not secret. */
    private static Map<String, String> environment(Container container) {
        Map<String, String> environment = new HashMap<>();
        for (ConfigMap config : configMapsOf(container)) {
            environment.putAll(config.getData());
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue());
        }
        return environment;
    }

    private static List<ConfigMap> configMapsOf(Container container) {
        return Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource> of()).stream()
                .map(source -> {
                    assertNotNull(source.getConfigMapRef(), "only ConfigMaps as a whole; Secrets key by key");
                    return named(ConfigMap.class, source.getConfigMapRef().getName());
                })
                .toList();
    }

    private static Map<String, EnvVar> env(Container container) {
        Map<String, EnvVar> env = new LinkedHashMap<>();
        container.getEnv().forEach(variable -> env.put(variable.getName(), variable));
        return env;
    }

    /** The Secret a variable comes from, or null. */
    private static String secretOf(Container container, String variable) {
        EnvVar env = env(container).get(variable);
        if (env == null || env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
            return null;
        }
        return env.getValueFrom().getSecretKeyRef().getName();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private static Set<String> variablesRead(Path properties) {
        try (Stream<String> lines = Files.lines(properties)) {
            Set<String> variables = new LinkedHashSet<>();
            lines.filter(line -> !line.startsWith("#") && appliesInProduction(line)).forEach(line -> {
                Matcher placeholder = PLACEHOLDER.matcher(line);
                while (placeholder.find()) {
                    variables.add(placeholder.group(1));
                }
            });
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line without a profile, or whose profiles ({@code %dev,prod.key=…}) include prod. */
    private static boolean appliesInProduction(String line) {
        if (!line.startsWith("%")) {
            return true;
        }
        String profiles = line.substring(1, line.indexOf('.'));
        return List.of(profiles.split(",")).contains("prod");
    }

    private static int containerPort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return one(container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())), "port " + port.getStrVal())
                .getContainerPort();
    }

    private static Deployment deployment(String name) {
        return named(Deployment.class, name);
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(selects(deployment.getSpec().getSelector(), labels));
        return labels;
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(), "matchLabels only");
        return matches(Objects.requireNonNullElse(selector.getMatchLabels(), Map.of()), labels);
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return labels.entrySet().containsAll(selector.entrySet());
    }

    private static BigDecimal bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    private static <T> T named(Class<T> type, String name) {
        return one(of(production(), type).stream().filter(o -> metadataOf(o).getName().equals(name)), type.getSimpleName() + " " + name);
    }

    private static <T> T one(Stream<T> candidates, String what) {
        List<T> found = candidates.toList();
        assertEquals(1, found.size(), "exactly one " + what);
        return found.get(0);
    }

    private static <T> List<T> of(List<Object> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static io.fabric8.kubernetes.api.model.ObjectMeta metadataOf(Object object) {
        return object instanceof HasMetadata resource ? resource.getMetadata() : ((CloudNativePgCluster) object).metadata();
    }

    private static String kind(Object object) {
        return object.getClass().getSimpleName();
    }
}
