package org.appregistry.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test context of the PostgreSQL suite a database of its own, created empty, so
 * that a context with a running job executor never picks up the jobs of another context (H2
 * gets the same from a random in-memory name). {@code .ci/run} drops these databases.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // first, so that other initializers see the database it chose
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PREFIX = "appregistry_it_";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().matchesProfiles("postgres")) {
            return;
        }
        String server = System.getenv().getOrDefault("APP_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getenv().getOrDefault("APP_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("APP_DB_PASSWORD", "");
        String database = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database on " + server, e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshPostgresDatabase",
                Map.of("spring.datasource.url", server + database,
                        "spring.datasource.username", user,
                        "spring.datasource.password", password)));
    }
}
