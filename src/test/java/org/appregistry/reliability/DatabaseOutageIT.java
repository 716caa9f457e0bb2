package org.appregistry.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.appregistry.support.HttpApi;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TcpProxy;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away while requests arrive: each gets a 503 problem with Retry-After within
 * the pool's connection timeout (not a 500, not a hang), health says DOWN, nothing is half
 * written, and once the database is back the application serves again by itself. The outage is
 * private to this context: its pool reaches PostgreSQL through a {@link TcpProxy} that the test
 * cuts, so the shared server stays up for everyone else. PostgreSQL suite only (H2 in memory
 * has no connection to lose).
 */
@ContextConfiguration(initializers = DatabaseOutageIT.ThroughProxy.class)
@TestPropertySource(properties = {"spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.maximum-pool-size=6"})
class DatabaseOutageIT extends IntegrationTest {

    /** connection timeout plus the time to answer */
    private static final Duration WITHIN = Duration.ofSeconds(2 + 8);

    static TcpProxy proxy;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseBack() {
        if (proxy != null) {
            proxy.up();
        }
    }

    @Test
    void requestsDuringAnOutageGet503AndTheApplicationRecoversByItself() {
        assumeTrue(proxy != null, "PostgreSQL suite only");
        TestOrganization organization = world.organization();
        signAgreement(organization);
        String app = activeApp(world.vendor().developer(), TestListings.complete()).path("productionClientId").asText();
        String downloads = "/api/organizations/" + organization.id() + "/downloads";
        assertThat(as(organization.purchaser()).get(downloads).status()).isEqualTo(200);
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        long jobs = engine.getManagementService().createJobQuery().count();

        proxy.down();
        for (HttpApi.Reply reply : new HttpApi.Reply[] {
                timed(() -> as(organization.purchaser()).get(downloads)),
                timed(() -> as(organization.purchaser()).post(downloads, Map.of("clientId", app))),
                timed(() -> anonymous().get("/api/listings"))}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(503);
            assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
            assertThat(reply.json().path("title").asText()).isEqualTo("Service unavailable");
            assertThat(reply.headers().getFirst("Retry-After")).isEqualTo("10");
            assertThat(reply.text()).doesNotContain("Exception", "jdbc", "at org.");
        }
        HttpApi.Reply health = timed(() -> anonymous().get("/actuator/health"));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asText()).isEqualTo("DOWN");

        proxy.up();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(organization.purchaser()).get(downloads).status() == 200);
        assertThat(as(organization.purchaser()).get(downloads).json()).as("the POST during the outage left nothing")
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from download_request where organization_id = ?",
                Long.class, organization.id())).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobs);
        assertThat(anonymous().get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
        HttpApi.Reply accepted = as(organization.purchaser()).post(downloads, Map.of("clientId", app));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
    }

    private static HttpApi.Reply timed(java.util.function.Supplier<HttpApi.Reply> call) {
        long started = System.nanoTime();
        HttpApi.Reply reply = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered in time").isLessThan(WITHIN);
        return reply;
    }

    /** After FreshPostgresDatabase: the same database, reached through the proxy. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class ThroughProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (!url.startsWith("jdbc:postgresql:")) {
                return;
            }
            URI server = URI.create(url.substring("jdbc:".length()));
            proxy = new TcpProxy(server.getHost(), server.getPort());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("databaseThroughProxy",
                    Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath())));
        }
    }
}
