package uk.collabproc.procurement.glance;

import io.smallrye.config.ConfigMapping;

/**
 * Where a person's browser finds the neighbours the page links to (their Swagger UI, the migration dashboard). They
 * default to the addresses the clients call, which locally are the same; a cluster may publish them elsewhere.
 */
@ConfigMapping(prefix = "collab.glance")
public interface GlanceConfig {

    String supplierServiceLink();

    String contractServiceLink();
}
