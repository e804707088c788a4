package uk.collabproc.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * CloudNativePG's {@code Cluster} ({@code postgresql.cnpg.io/v1}), only the fields our manifests use, named as in
 * CloudNativePG's API reference. No Java model of it is published, so this is ours: read strictly, a field it does
 * not declare is an error, whether misspelt or merely new to us; a new field is declared here after checking the
 * reference. Metadata and resources are the Kubernetes model's own types, as in the operator's schema.
 */
record CloudNativePgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    record Spec(Integer instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap, Storage storage,
            ResourceRequirements resources, Affinity affinity) {
    }

    record Bootstrap(InitDb initdb) {
    }

    /** A new, empty database and its owner; the operator writes the owner's credentials to Secret {@code <name>-app}. */
    record InitDb(String database, String owner) {
    }

    record Storage(String size, String storageClass) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey) {
    }
}
