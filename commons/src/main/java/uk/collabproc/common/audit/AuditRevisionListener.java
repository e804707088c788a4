package uk.collabproc.common.audit;

import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

import uk.collabproc.common.cache.ReadGeneration;
import uk.collabproc.common.security.Caller;

/**
 * Stamps each revision with the caller. Envers instantiates listeners itself, so the caller is looked up
 * from the container; changes made outside a request (start-up, scheduled work) are recorded as "system".
 * Every change is audited and makes exactly one revision per transaction, so this is also where the transaction
 * advances the {@link ReadGeneration} that cached reads are validated against.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Arc.container().instance(ReadGeneration.class).get().advance();
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.subject = "system";
        revision.roles = "";
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<Caller> handle = Arc.container().instance(Caller.class)) {
            Caller caller = handle.get();
            if (caller.isAnonymous()) {
                return;
            }
            revision.subject = caller.subject();
            revision.roles = String.join(",", caller.roles());
            revision.organisation = caller.organisation().orElse(null);
            revision.supplier = caller.supplier().orElse(null);
        }
    }
}
