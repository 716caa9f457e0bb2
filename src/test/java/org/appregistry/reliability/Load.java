package org.appregistry.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.appregistry.reliability.HttpWorld.Organization;
import org.appregistry.support.HttpApi;
import org.appregistry.support.PackagedApp;

/**
 * Purchasers asking for one app at once from a few threads, each organisation once: which
 * requests were accepted (202, or 200 for one that already existed), how every call was answered
 * and how long it took.
 */
final class Load {

    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<Organization> notAccepted = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;

    private Load(int threads) {
        this.threads = Executors.newFixedThreadPool(threads);
    }

    /** Each organisation asks once, through the node that {@code nodeFor} picks for its position. */
    static Load start(List<Organization> organizations, String clientId, IntFunction<PackagedApp> nodeFor,
            int threads, Duration pace) {
        Load load = new Load(threads);
        for (int i = 0; i < organizations.size(); i++) {
            int position = i;
            load.threads.submit(() -> load.ask(nodeFor.apply(position), organizations.get(position), clientId, pace));
        }
        load.threads.shutdown();
        return load;
    }

    private void ask(PackagedApp node, Organization organization, String clientId, Duration pace) {
        long started = System.nanoTime();
        HttpApi.Reply reply = HttpWorld.request(node, organization, clientId);
        millis.add((System.nanoTime() - started) / 1_000_000);
        int status = reply == null ? 0 : reply.status();
        statuses.merge(status, 1, Integer::sum);
        if (status == 202 || status == 200) {
            accepted.add(reply.json().path("requestId").asText());
        } else {
            notAccepted.add(organization);
        }
        try {
            Thread.sleep(pace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitEnd() {
        try {
            if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new AssertionError("the load did not end in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int acceptedCount() {
        return accepted.size();
    }

    List<String> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    List<Organization> notAccepted() {
        synchronized (notAccepted) {
            return List.copyOf(notAccepted);
        }
    }

    /** status (0: no answer) to how many calls got it */
    Map<Integer, Integer> statuses() {
        synchronized (statuses) {
            return new TreeMap<>(statuses);
        }
    }

    long slowestMillis() {
        synchronized (millis) {
            return millis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
