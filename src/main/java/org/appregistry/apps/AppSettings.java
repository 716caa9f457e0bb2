package org.appregistry.apps;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code registry.protected-marks}: the marks an app's name must not contain (comma-separated). */
@ConfigurationProperties("registry")
public record AppSettings(@DefaultValue({"Epic", "MyChart"}) List<String> protectedMarks) {

    public AppSettings {
        protectedMarks = protectedMarks.stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
    }
}
