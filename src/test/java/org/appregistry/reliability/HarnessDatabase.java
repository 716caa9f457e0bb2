package org.appregistry.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A PostgreSQL database of the harness's own (prefix rel_), created empty and dropped at the
 * end, with the counts that prove "exactly once".
 */
final class HarnessDatabase implements AutoCloseable {

    static final String SERVER = System.getenv().getOrDefault("APP_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");

    final String name;

    private HarnessDatabase(String name) {
        this.name = name;
    }

    static HarnessDatabase create(String purpose) {
        HarnessDatabase database = new HarnessDatabase("rel_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        admin("create database " + database.name);
        return database;
    }

    /** An existing database of the harness (a restored dump), dropped at the end like the others. */
    static HarnessDatabase named(String name) {
        return new HarnessDatabase(name);
    }

    String url() {
        return SERVER + name;
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<String> strings(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** How many of these requests are SYNCED. */
    long synced(Collection<String> requestIds) {
        if (requestIds.isEmpty()) {
            return 0;
        }
        return count("select count(*) from download_request where status = 'SYNCED' and id::text = any (?)",
                (Object) requestIds.toArray(String[]::new));
    }

    /** Everything that would show a request, a client record or a notification made twice; empty when none. */
    List<String> duplicates() {
        List<String> found = new ArrayList<>();
        found.addAll(strings("select 'two downloadRequest instances for ' || business_key_ from act_hi_procinst"
                + " where proc_def_key_ = 'downloadRequest' group by business_key_ having count(*) > 1"));
        found.addAll(strings("select 'two requests for app ' || app_id || ' and organisation ' || organization_id"
                + " from download_request group by app_id, organization_id having count(*) > 1"));
        found.addAll(strings("select 'environment sync of ' || business_key_ || ' ran ' || count(*) || ' times'"
                + " from act_hi_procinst where proc_def_key_ = 'environmentSync' group by business_key_"
                + " having count(*) > 1"));
        found.addAll(strings("select 'REQUEST_SYNCED told ' || recipient_group || ' ' || count(*) || ' times about '"
                + " || request_id from notification where kind = 'REQUEST_SYNCED'"
                + " group by request_id, recipient_group having count(*) > 1"));
        // the harness asks for one app per organisation: one client record per environment
        found.addAll(strings("select 'request ' || r.id || ' is SYNCED with ' || (select count(*) from registered_client c"
                + " where c.organization_id = r.organization_id) || ' client records for '"
                + " || (select count(*) from request_environment e where e.request_id = r.id) || ' environments'"
                + " from download_request r where r.status = 'SYNCED' and (select count(*) from registered_client c"
                + " where c.organization_id = r.organization_id)"
                + " <> (select count(*) from request_environment e where e.request_id = r.id)"));
        return found;
    }

    @Override
    public void close() {
        admin("drop database if exists " + name + " with (force)");
    }

    static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
