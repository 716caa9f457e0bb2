package org.appregistry.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A named, typed process variable. Each process declares its few variables once, as
 * constants of these, so that delegates, listeners, services that start processes and tests
 * never spell a variable name or convert a value themselves. Ids are stored as strings, so
 * that Cockpit shows them and no serializer is involved.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private ProcessVariable(String name, Function<Object, T> read, Function<T, Object> write) {
        this.name = name;
        this.read = read;
        this.write = write;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String::valueOf, v -> v);
    }

    public static ProcessVariable<UUID> id(String name) {
        return new ProcessVariable<>(name, v -> UUID.fromString(v.toString()), UUID::toString);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, v -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()), v -> v);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, v -> v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString()),
                v -> v);
    }

    public String name() {
        return name;
    }

    /** The value, which the model guarantees to be there; its absence is a modelling fault. */
    public T get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("process variable '" + name + "' is not set"));
    }

    public Optional<T> find(VariableScope scope) {
        Object value = scope.getVariable(name);
        return value == null ? Optional.empty() : Optional.of(read.apply(value));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, write.apply(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, write.apply(value));
    }

    /** Writes the value into a plain map, e.g. the start variables of a process. */
    public void put(Map<String, Object> variables, T value) {
        variables.put(name, write.apply(value));
    }

    /** Reads a value from a plain map, e.g. the variables a process instance returned. */
    public T from(Map<String, Object> variables) {
        Object value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is not set");
        }
        return read.apply(value);
    }
}
