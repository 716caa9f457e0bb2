package org.appregistry.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response.Status;
import org.appregistry.common.DomainException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.stereotype.Component;

/**
 * Finds a domain refusal in whatever the engine throws (it wraps a task listener's exception, for
 * one) and lets it out as a {@link RuleRefusal}, a bad request the engine does not log as an error.
 * Java callers of the engine take the refusal back with {@link #unwrapped}. In a request through
 * the engine's REST doors the refusal is remembered for the door, which answers with the domain's
 * problem response, and leaves the engine as a REST "bad request", which the REST layer neither
 * turns into a 500 nor logs with its stack trace.
 */
@Component
public class Refusals extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<DomainException> LAST = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> AT_THE_DOOR = new ThreadLocal<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withDoor(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withDoor(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new Translator());
        return all;
    }

    private static List<CommandInterceptor> withDoor(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(0, new AtTheDoor());
        return all;
    }

    /** Runs engine work for a Java caller, which gets a refusal as the domain exception it is. */
    public static <T> T unwrapped(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuleRefusal refused) {
            LAST.remove();
            throw refused.refusal();
        }
    }

    public static void unwrapped(Runnable work) {
        unwrapped(() -> {
            work.run();
            return null;
        });
    }

    /** Starts remembering refusals for this thread, a request through the engine's REST doors. */
    public static void watch() {
        LAST.remove();
        AT_THE_DOOR.set(true);
    }

    /** The refusal the engine raised in this thread since {@link #watch}; forgets it and stops watching. */
    public static Optional<DomainException> take() {
        DomainException refusal = LAST.get();
        LAST.remove();
        AT_THE_DOOR.remove();
        return Optional.ofNullable(refusal);
    }

    static Optional<DomainException> find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Outermost: what the REST layer gets from the engine in a request through the doors. */
    static final class AtTheDoor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuleRefusal refused) {
                if (Boolean.TRUE.equals(AT_THE_DOOR.get())) {
                    throw new RestException(Status.BAD_REQUEST, refused.getMessage());
                }
                throw refused;
            }
        }
    }

    /** Sits inside the engine's command context, so that the context sees (and logs) a bad request only. */
    static final class Translator extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuleRefusal refused) {
                throw refused;
            } catch (RuntimeException e) {
                DomainException refusal = find(e).orElseThrow(() -> e);
                LAST.set(refusal);
                throw new RuleRefusal(refusal);
            }
        }
    }
}
