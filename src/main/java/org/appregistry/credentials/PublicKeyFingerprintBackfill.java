package org.appregistry.credentials;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 11: the SubjectPublicKeyInfo fingerprint of every certificate stored before V10, so
 * that uniqueness by key covers them too (V12 then makes it unique per app). Java, as only
 * BouncyCastle reads a certificate; a Spring bean, which Spring Boot hands to Flyway. Where an
 * app already holds two certificates of one key (allowed before), the later one keeps no
 * fingerprint rather than stopping the upgrade; the log says how many.
 */
@Component
class PublicKeyFingerprintBackfill implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(PublicKeyFingerprintBackfill.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "public key fingerprints of earlier certificates";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        int[] outcome = backfill(context.getConnection());
        LOG.info("Public key fingerprints: {} certificates filled, {} sharing a key with an earlier one of their app",
                outcome[0], outcome[1]);
    }

    /** @return certificates filled, and those left without as their app has the key already */
    static int[] backfill(Connection connection) throws SQLException {
        Map<String, String[]> toFill = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, app_id, certificate_pem from credential"
                + " where type = 'CERTIFICATE' and public_key_fingerprint is null order by provisioned_at, id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                toFill.put(rows.getString(1), new String[] {rows.getString(2),
                        CertificateInspector.publicKeyFingerprint(rows.getString(3))});
            }
        }
        Set<String> seen = new HashSet<>();
        try (PreparedStatement known = connection.prepareStatement(
                "select app_id, public_key_fingerprint from credential where public_key_fingerprint is not null");
                ResultSet rows = known.executeQuery()) {
            while (rows.next()) {
                seen.add(rows.getString(1) + "/" + rows.getString(2));
            }
        }
        int filled = 0;
        int shared = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "update credential set public_key_fingerprint = ? where id = ?")) {
            for (var row : toFill.entrySet()) {
                if (!seen.add(row.getValue()[0] + "/" + row.getValue()[1])) {
                    shared++;
                    continue;
                }
                update.setString(1, row.getValue()[1]);
                update.setObject(2, java.util.UUID.fromString(row.getKey()));
                update.addBatch();
                filled++;
            }
            update.executeBatch();
        }
        return new int[] {filled, shared};
    }
}
