package org.appregistry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Every column of every table of the application's schema (engine and domain), as text: where a secret must not be. */
public final class DatabaseText {

    private DatabaseText() {
    }

    public static String dump(DataSource dataSource) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables found").hasSizeGreaterThan(40);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int i = 1; i <= columns; i++) {
                                Object value = rows.getObject(i);
                                all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                        : String.valueOf(value)).append('\n');
                            }
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
