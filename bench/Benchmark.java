import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of bench/benchmark.sh: a separate process that drives the packaged application
 * over HTTP at fixed concurrency and reads progress from its database. Plain JDK plus the
 * PostgreSQL driver (taken from the packaged jar by the script), run as a single-file program.
 *
 * <p>Modes: {@code bench} (the scenarios, median of the runs) and {@code count} (statements and
 * transactions per download request and per bare instance, from PostgreSQL's statement log).
 */
public class Benchmark {

    static final Map<String, String> opt = new HashMap<>();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BARE_KEY = "benchBareProcess";
    static String base;
    static Connection db;
    static final StringBuilder report = new StringBuilder();
    /** The driver's own queries, each a commit of its own, taken off the application's commits. */
    static final AtomicInteger probes = new AtomicInteger();

    record Org(String id, String purchaser) {
    }

    record Pair(Org org, String clientId) {
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        base = opt.get("base");
        db = DriverManager.getConnection(opt.get("jdbc"), "postgres", "");
        // the driver's own probes stay out of the statement log that count mode reads
        db.createStatement().execute("set log_statement = 'none'");
        if ("count".equals(opt.get("mode"))) {
            count();
        } else {
            bench();
        }
        Path out = Path.of(opt.get("out"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    // ---------------------------------------------------------------- the scenarios

    static void bench() throws Exception {
        int clients = num("clients"), requests = num("requests"), runs = num("runs"), single = num("single");
        int fanout = num("fanout"), apps = num("apps");
        int pairsNeeded = (runs + (opt.containsKey("jfr") ? 1 : 0)) * requests + single + 5 + num("warmup-requests");
        int organizations = Math.max(fanout, (pairsNeeded + apps - 1) / apps);
        long started = System.nanoTime();
        World world = World.build(organizations, apps, clients);
        line("World: %d organisations with a signed agreement (PRD + TST in the built-in registry), %d apps "
                + "(clinician-facing: approved without credentials, not auto-synced), built in %.0f s",
                organizations, apps, seconds(started));
        deployBare();

        // warm-up: the JIT needs about a minute before figures settle
        long warmup = System.nanoTime();
        int warmRequests = num("warmup-requests");
        while (warmRequests > 0 && seconds(warmup) < num("warmup-seconds")) {
            int batch = Math.min(100, warmRequests);
            downloads(world.take(batch), clients);
            bare(batch, clients);
            warmRequests -= batch;
        }
        line("Warm-up: %.0f s%n", seconds(warmup));

        List<Result> download = new ArrayList<>(), bare = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            download.add(downloads(world.take(requests), clients));
            bare.add(bare(requests, clients));
        }
        Result d = median(download), b = median(bare);
        line("| scenario | throughput | POST p50 / p90 / p99 | POST → done p50 / p95 / p99 | commits | "
                + "CPU app / PostgreSQL | load |");
        line("|---|---|---|---|---|---|---|");
        line(d.row("(1) download flow, %d requests, %d clients".formatted(requests, clients)));
        line(b.row("(2) bare process, 3 async no-op steps, %d instances".formatted(requests)));
        line("%nDownload flow: %.0f %% of the bare process (median of %d runs; each run: %s)%n",
                100 * d.perSecond / b.perSecond, runs, download.stream().map(r -> "%.1f/s".formatted(r.perSecond))
                        .toList());

        if (opt.containsKey("jfr")) {
            // one more download run, profiled: where the CPU of a request goes
            jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + opt.get("jfr"));
            Result profiled = downloads(world.take(requests), clients);
            jcmd("JFR.stop", "name=bench");
            line("Profiled download run (Java Flight Recorder, %s): %.1f /s, CPU %.1f ms app + %.1f ms PostgreSQL per "
                    + "request%n", opt.get("jfr"), profiled.perSecond, profiled.appCpu, profiled.dbCpu);
        }
        if (single > 0) {
            singleRequests(world.take(single + 5));
        }
        if (fanout > 0) {
            fanOut(world);
        }
    }

    static void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("jcmd", opt.get("app-pid")));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + ": " + output);
        }
    }

    /** Scenario 1: purchasers POST downloads, 8 at a time; done when every request is SYNCED. */
    static Result downloads(List<Pair> pairs, int clients) throws Exception {
        Meter meter = Meter.start();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Long> post = parallel(pairs.size(), clients, i -> {
            Pair pair = pairs.get(i);
            long t = System.nanoTime();
            String body = call("POST", "/api/organizations/" + pair.org().id() + "/downloads", pair.org().purchaser(),
                    "{\"clientId\":\"" + pair.clientId() + "\",\"workedWithTechnicalCoordinator\":true,"
                            + "\"productsAndInterfacesInPlace\":true,\"costsEvaluated\":true}", 202);
            ids.add(field(body, "requestId"));
            return System.nanoTime() - t;
        });
        waitUntil("select count(*) from download_request where id = any(?::uuid[]) and status = 'SYNCED'", ids);
        Result result = meter.stop(pairs.size(), post);
        result.done = millis("select extract(epoch from synced_at - created_at) * 1000 from download_request "
                + "where id = any(?::uuid[])", ids);
        return result;
    }

    /** Scenario 2: the operator starts the bare process over /engine-rest; done when every instance ended. */
    static Result bare(int instances, int clients) throws Exception {
        Meter meter = Meter.start();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Long> post = parallel(instances, clients, i -> {
            long t = System.nanoTime();
            ids.add(field(call("POST", "/engine-rest/process-definition/key/" + BARE_KEY + "/start", "operator",
                    "{}", 200), "id"));
            return System.nanoTime() - t;
        });
        waitUntil("select count(*) from act_hi_procinst where id_ = any(?) and end_time_ is not null", ids);
        Result result = meter.stop(instances, post);
        result.done = millis("select extract(epoch from end_time_ - start_time_) * 1000 from act_hi_procinst "
                + "where id_ = any(?)", ids);
        return result;
    }

    /** Scenario 4: one request at a time, POST to SYNCED as the purchaser would see it. */
    static void singleRequests(List<Pair> pairs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (Pair pair : pairs) {
            long t = System.nanoTime();
            String id = field(call("POST", "/api/organizations/" + pair.org().id() + "/downloads",
                    pair.org().purchaser(), "{\"clientId\":\"" + pair.clientId() + "\"}", 202), "requestId");
            waitUntil("select count(*) from download_request where id = any(?::uuid[]) and status = 'SYNCED'",
                    List.of(id), 5);
            millis.add((System.nanoTime() - t) / 1_000_000);
        }
        List<Long> warm = sorted(millis.subList(Math.min(5, millis.size() - 1), millis.size()));
        line("(4) One request at a time, POST → SYNCED (%d after 5 warm-up): median %d ms, p95 %d ms, max %d ms "
                + "(load %s)", warm.size(), pct(warm, 50), pct(warm, 95), warm.get(warm.size() - 1), load());
    }

    /** Scenario 3: one auto-sync-eligible app marked ready; every signed organisation gets it. */
    static void fanOut(World world) throws Exception {
        String appId = world.createApp("PATIENTS");
        int organizations = world.organizations.size();
        Meter meter = Meter.start();
        call("POST", "/api/apps/" + appId + "/ready", world.developer, "{\"termsAccepted\":true}", 200);
        double allExist = -1;
        while (true) {
            long[] counts = longs("select count(*), count(*) filter (where status = 'SYNCED') from download_request "
                    + "where app_id = ?::uuid", appId);
            if (allExist < 0 && counts[0] == organizations) {
                allExist = seconds(meter.started);
            }
            if (counts[1] == organizations) {
                break;
            }
            if (seconds(meter.started) > 1200) {
                throw new IllegalStateException("fan-out: " + counts[1] + " of " + organizations + " synced after 20 min");
            }
            Thread.sleep(200);
        }
        Result result = meter.stop(organizations, List.of());
        line("(3) Fan-out: one eligible app marked ready, %d organisations × 2 environments: all requests exist "
                + "after %.1f s, all SYNCED after %.1f s (%.1f requests/s; %.1f commits, CPU %.1f ms app + %.1f ms "
                + "PostgreSQL per request; load %s)", organizations, allExist, result.seconds, result.perSecond,
                result.commits, result.appCpu, result.dbCpu, result.load);
    }

    // ---------------------------------------------------------------- count mode

    /** Statements and transactions per request from the statement log, one request at a time. */
    static void count() throws Exception {
        int requests = num("requests");
        World world = World.build(requests + 5, 1, 4);
        deployBare();
        // the first requests load caches and compile; they are not counted
        singleQuietly(world.take(5));
        String dbName = db.getCatalog();
        Path log = Path.of(opt.get("log"));
        line("| per instance (%d, one at a time) | statements | COMMITs | of which job acquisition "
                + "| pool validations | xact_commit |", requests);
        line("|---|---|---|---|---|---|");
        Map<String, Integer> downloadKinds = countWindow("download flow, POST → SYNCED in 2 environments",
                requests, dbName, log, () -> singleQuietly(world.take(requests)));
        Map<String, Integer> bareKinds = countWindow("bare process, 3 async no-op steps", requests, dbName, log,
                () -> {
                    for (int i = 0; i < requests; i++) {
                        String id = field(call("POST", "/engine-rest/process-definition/key/" + BARE_KEY + "/start",
                                "operator", "{}", 200), "id");
                        waitUntil("select count(*) from act_hi_procinst where id_ = any(?) and end_time_ is not null",
                                List.of(id), 5);
                    }
                });
        breakdown("download flow", downloadKinds, requests);
        breakdown("bare process", bareKinds, requests);
    }

    interface Work {
        void run() throws Exception;
    }

    static Map<String, Integer> countWindow(String what, int requests, String dbName, Path log, Work work)
            throws Exception {
        Thread.sleep(2000); // let the previous window's last statements reach the log
        long from = Files.size(log);
        long xact = longs("select xact_commit from pg_stat_database where datname = current_database()")[0];
        int probesBefore = probes.get();
        work.run();
        Thread.sleep(2000);
        long probesMade = probes.get() - probesBefore;
        long xactDelta = longs("select xact_commit from pg_stat_database where datname = current_database()")[0]
                - xact - probesMade;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int statements = 0, commits = 0, acquisition = 0, validations = 0;
        for (String statement : statements(log, from, dbName)) {
            String upper = statement.toUpperCase();
            if (upper.equals("COMMIT")) {
                commits++;
                continue;
            }
            if (upper.startsWith("BEGIN") || upper.equals("ROLLBACK")) {
                continue;
            }
            if (upper.isEmpty()) {
                validations++;
                continue;
            }
            statements++;
            if (upper.contains("FROM ACT_RU_JOB") && upper.contains("LOCK_EXP_TIME_")
                    && upper.startsWith("SELECT")) {
                acquisition++;
            }
            kinds.merge(kind(upper), 1, Integer::sum);
        }
        line("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |", what, statements / (double) requests,
                commits / (double) requests, acquisition / (double) requests, validations / (double) requests,
                xactDelta / (double) requests);
        return kinds;
    }

    /** Each logged statement of the database after byte offset {@code from}, continuation lines joined. */
    static List<String> statements(Path log, long from, String dbName) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        Pattern start = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\w+ \\[\\d+\\] (\\S*)@(\\S*) "
                + "LOG:  (?:statement|execute [^:]*): (.*)$");
        List<String> statements = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n")) {
            if (line.matches("^\\d{4}-\\d\\d-\\d\\d .*")) {
                if (current != null) {
                    statements.add(current.toString().trim().replaceAll("\\s+", " "));
                    current = null;
                }
                Matcher m = start.matcher(line);
                if (m.matches() && m.group(2).equals(dbName)) {
                    current = new StringBuilder(m.group(3));
                }
            } else if (current != null) {
                current.append(' ').append(line);
            }
        }
        if (current != null) {
            statements.add(current.toString().trim().replaceAll("\\s+", " "));
        }
        return statements;
    }

    /** "INSERT ACT_HI_DETAIL", "SELECT REQUEST_ENVIRONMENT", ...: the verb and the first table. */
    static String kind(String upper) {
        String verb = upper.split(" ", 2)[0];
        Matcher m = Pattern.compile("(?:FROM|INTO|UPDATE|JOIN)\\s+([A-Z_0-9.\"]+)").matcher(upper);
        return verb + " " + (m.find() ? m.group(1).replace("\"", "") : "?");
    }

    static void breakdown(String what, Map<String, Integer> kinds, int requests) {
        line("%n%s, statements per instance by kind:%n", what);
        line("| statement | per instance |");
        line("|---|---|");
        kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> line("| %s | %.1f |", e.getKey().toLowerCase(), e.getValue() / (double) requests));
    }

    static Void singleQuietly(List<Pair> pairs) throws Exception {
        for (Pair pair : pairs) {
            String id = field(call("POST", "/api/organizations/" + pair.org().id() + "/downloads",
                    pair.org().purchaser(), "{\"clientId\":\"" + pair.clientId() + "\"}", 202), "requestId");
            waitUntil("select count(*) from download_request where id = any(?::uuid[]) and status = 'SYNCED'",
                    List.of(id), 5);
        }
        return null;
    }

    // ---------------------------------------------------------------- the world, over the product's own API

    static class World {
        final List<Org> organizations = Collections.synchronizedList(new ArrayList<>());
        final List<String> clientIds = new ArrayList<>();
        String vendorId, developer;
        int next;

        static World build(int organizations, int apps, int clients) throws Exception {
            World world = new World();
            world.vendorId = field(call("POST", "/api/vendors", "operator", "{\"name\":\"Bench Vendor " + RUN + "\"}",
                    201), "id");
            world.developer = "bench-dev-" + RUN;
            call("POST", "/api/vendors/" + world.vendorId + "/developers", "operator", user(world.developer, false),
                    201);
            for (int i = 0; i < apps; i++) {
                String appId = world.createApp("CLINICIANS");
                world.clientIds.add(field(call("POST", "/api/apps/" + appId + "/ready", world.developer,
                        "{\"termsAccepted\":true}", 200), "productionClientId"));
            }
            parallel(organizations, clients, i -> {
                String orgId = field(call("POST", "/api/organizations", "operator", "{\"name\":\"Bench Org " + RUN + " "
                        + i + "\",\"environments\":[{\"code\":\"PRD\",\"kind\":\"PRODUCTION\"},"
                        + "{\"code\":\"TST\",\"kind\":\"NON_PRODUCTION\"}]}", 201), "id");
                String purchaser = "bench-buyer-" + RUN + "-" + i;
                call("POST", "/api/organizations/" + orgId + "/members", "operator", user(purchaser, true), 201);
                call("POST", "/api/organizations/" + orgId + "/agreement", purchaser,
                        "{\"accept\":true,\"signerName\":\"Pat Purchaser\",\"signerTitle\":\"CIO\"}", 200);
                world.organizations.add(new Org(orgId, purchaser));
                return 0L;
            });
            return world;
        }

        /** The next pairs of (organisation, app) that have no request yet: app by app, organisation by organisation. */
        synchronized List<Pair> take(int count) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < count; i++, next++) {
                int app = next / organizations.size();
                if (app >= clientIds.size()) {
                    throw new IllegalStateException("the world has only " + next + " (organisation, app) pairs");
                }
                pairs.add(new Pair(organizations.get(next % organizations.size()), clientIds.get(app)));
            }
            return pairs;
        }

        String createApp(String audience) throws Exception {
            return field(call("POST", "/api/apps", developer, """
                    {"name":"Bench App %s %s","publicDocumentationUrl":"https://bench.example.com/docs",
                     "summary":"Keeps a diary of vital signs.","description":"Why, what and how: reads vitals over FHIR R4.",
                     "audience":"%s","usesRefreshTokens":false,
                     "incomingApis":["Patient.Read (R4)","Observation.Search (R4)"],
                     "redirectUris":["https://bench.example.com/callback"],
                     "dataUseAnswers":{"sellsData":"No","sharesData":"No","retention":"A year","deletion":"Yes",
                                       "storage":"US data centres"}}
                    """.formatted(RUN, UUID.randomUUID().toString().substring(0, 8), audience), 201), "id");
        }

        /** A developer's body, or with {@code canPurchaseApps} an organisation member's (the API refuses unknown fields). */
        static String user(String userId, boolean purchaser) {
            return ("{\"userId\":\"%s\",\"password\":\"%s\",\"firstName\":\"Bench\",\"lastName\":\"%s\","
                    + "\"email\":\"%s@example.org\"%s}").formatted(userId, password(userId), userId, userId,
                    purchaser ? ",\"canPurchaseApps\":true" : "");
        }
    }

    static void deployBare() throws Exception {
        StringBuilder steps = new StringBuilder();
        StringBuilder flows = new StringBuilder("<bpmn:sequenceFlow id=\"f0\" sourceRef=\"start\" targetRef=\"step1\"/>");
        for (int i = 1; i <= 3; i++) {
            steps.append("<bpmn:serviceTask id=\"step%d\" camunda:asyncBefore=\"true\" camunda:expression=\"${true}\"/>"
                    .formatted(i));
            flows.append("<bpmn:sequenceFlow id=\"f%d\" sourceRef=\"step%d\" targetRef=\"%s\"/>"
                    .formatted(i, i, i < 3 ? "step" + (i + 1) : "end"));
        }
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="bench">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>%s<bpmn:endEvent id="end"/>%s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(BARE_KEY, steps, flows);
        String boundary = "bench" + RUN;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", auth("operator")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("deploying the bare process: " + response.statusCode() + " " + response.body());
        }
    }

    // ---------------------------------------------------------------- measuring

    /** Throughput, latencies, commits and CPU of one run. */
    static class Result {
        double seconds, perSecond, commits, appCpu, dbCpu;
        List<Long> post, done = List.of();
        String load;

        String row(String what) {
            return "| %s | %.1f /s | %d / %d / %d ms | %d / %d / %d ms | %.1f | %.1f / %.1f ms | %s |".formatted(what,
                    perSecond, pct(post, 50), pct(post, 90), pct(post, 99), pct(done, 50), pct(done, 95),
                    pct(done, 99), commits, appCpu, dbCpu, load);
        }
    }

    /** Commits (pg_stat_database) and CPU time of the application and its database sessions, from /proc. */
    static class Meter {
        long started, xact, appCpu, probesBefore;
        Map<Integer, Long> dbCpu;

        static Meter start() throws Exception {
            Meter meter = new Meter();
            meter.xact = longs("select xact_commit from pg_stat_database where datname = current_database()")[0];
            meter.appCpu = cpuMillis(Integer.parseInt(opt.get("app-pid")));
            meter.dbCpu = backendCpu();
            meter.probesBefore = probes.get();
            meter.started = System.nanoTime();
            return meter;
        }

        Result stop(int count, List<Long> postNanos) throws Exception {
            Result result = new Result();
            result.seconds = seconds(started);
            result.perSecond = count / result.seconds;
            long probesMade = probes.get() - probesBefore;
            result.commits = (longs("select xact_commit from pg_stat_database where datname = current_database()")[0]
                    - xact - probesMade) / (double) count;
            result.appCpu = (cpuMillis(Integer.parseInt(opt.get("app-pid"))) - appCpu) / (double) count;
            long db = 0;
            for (var backend : backendCpu().entrySet()) {
                db += backend.getValue() - dbCpu.getOrDefault(backend.getKey(), 0L);
            }
            result.dbCpu = db / (double) count;
            result.post = sorted(postNanos.stream().map(n -> n / 1_000_000).toList());
            result.load = load();
            return result;
        }
    }

    static Map<Integer, Long> backendCpu() throws Exception {
        Map<Integer, Long> cpu = new HashMap<>();
        probes.incrementAndGet();
        try (PreparedStatement s = db.prepareStatement("select pid from pg_stat_activity where datname = current_database() "
                + "and pid <> pg_backend_pid()"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cpu.put(rs.getInt(1), cpuMillis(rs.getInt(1)));
            }
        }
        return cpu;
    }

    /** utime + stime of a process from /proc (clock ticks of 10 ms); 0 once it is gone. */
    static long cpuMillis(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            return 0;
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static Result median(List<Result> results) {
        List<Result> byThroughput = new ArrayList<>(results);
        byThroughput.sort((a, b) -> Double.compare(a.perSecond, b.perSecond));
        return byThroughput.get(byThroughput.size() / 2);
    }

    // ---------------------------------------------------------------- plumbing

    interface Task {
        long run(int i) throws Exception;
    }

    /** Runs {@code count} tasks on {@code clients} threads; each returns a duration in nanoseconds. */
    static List<Long> parallel(int count, int clients, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    nanos.add(task.run(i));
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }

    static String call(String method, String path, String user, String json, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(user)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String auth(String user) {
        String password = user.equals("operator") ? opt.get("operator-password") : password(user);
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One password for the run's people: 12 characters or more, without the user id (the product's rules). */
    static String password(String userId) {
        return "Bench-password-" + RUN;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static void waitUntil(String countQuery, List<String> ids) throws Exception {
        waitUntil(countQuery, ids, 100);
    }

    static void waitUntil(String countQuery, List<String> ids, long pollMillis) throws Exception {
        long started = System.nanoTime();
        while (longs(countQuery, (Object) ids.toArray(new String[0]))[0] < ids.size()) {
            if (seconds(started) > 600) {
                throw new IllegalStateException("not done after 10 minutes: " + countQuery);
            }
            Thread.sleep(pollMillis);
        }
    }

    static synchronized long[] longs(String sql, Object... parameters) throws SQLException {
        probes.incrementAndGet();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long[] values = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        }
    }

    static synchronized List<Long> millis(String sql, List<String> ids) throws SQLException {
        probes.incrementAndGet();
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, (Object) ids.toArray(new String[0]));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(Math.round(rs.getDouble(1)));
                }
            }
        }
        return sorted(values);
    }

    static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof String[] array) {
                s.setArray(i + 1, db.createArrayOf("varchar", array));
            } else {
                s.setObject(i + 1, parameters[i]);
            }
        }
    }

    static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    static long pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1));
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static int num(String name) {
        return Integer.parseInt(opt.get(name));
    }

    static void line(String format, Object... args) {
        String text = args.length == 0 ? format.replace("%n", "\n") : String.format(format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
