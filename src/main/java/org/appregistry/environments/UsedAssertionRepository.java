package org.appregistry.environments;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The jti of every client assertion a token endpoint accepted, while it could still be replayed.
 * The primary key (client_id, jti) decides, so two requests racing with one assertion cannot
 * both win.
 */
@Repository
class UsedAssertionRepository {

    private final JdbcTemplate jdbc;

    UsedAssertionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a jti; false when the client used it before (a replay). Call it outside a
     * transaction: PostgreSQL aborts a whole transaction at a duplicate key.
     *
     * @param forgetBefore rows of this client that expired before this instant are deleted: the
     *                     exp check refuses those assertions anyway, and the table stays small
     */
    boolean remember(UUID clientId, String jti, Instant expiresAt, Instant forgetBefore) {
        jdbc.update("delete from used_assertion where client_id = ? and expires_at < ?", clientId, utc(forgetBefore));
        try {
            jdbc.update("insert into used_assertion (client_id, jti, expires_at) values (?, ?, ?)",
                    clientId, jti, utc(expiresAt));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
