package org.appregistry.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id the application assigns before saving it. Spring Data cannot tell such a row
 * from a stored one and merges it, which reads the row first; this one says it is new until it
 * was stored or loaded, so that saving it is one INSERT (docs/performance.md).
 */
@MappedSuperclass
public abstract class AssignedIdRow<K> implements Persistable<K> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
