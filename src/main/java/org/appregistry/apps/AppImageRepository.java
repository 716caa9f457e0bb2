package org.appregistry.apps;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppImageRepository extends JpaRepository<AppImage, UUID> {

    @Query("""
            select new org.appregistry.apps.ImageSummary(i.id, i.kind, i.position, i.mediaType, i.width, i.height,
                   i.caption, i.copiedFrom)
            from AppImage i where i.appId = :appId order by i.kind, i.position""")
    List<ImageSummary> summariesOf(UUID appId);

    List<AppImage> findByAppId(UUID appId);

    List<AppImage> findByAppIdAndKindOrderByPosition(UUID appId, AppImage.Kind kind);

    Optional<AppImage> findByIdAndAppId(UUID id, UUID appId);

    @Modifying
    @Query("delete from AppImage i where i.appId = :appId and i.kind = :kind")
    void deleteByAppIdAndKind(UUID appId, AppImage.Kind kind);
}
