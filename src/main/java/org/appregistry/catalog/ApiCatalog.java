package org.appregistry.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The API catalogue, read once from {@code catalog/apis.json}. */
@Component
public class ApiCatalog {

    static final String DATA_FILE = "catalog/apis.json";

    private final Map<String, CatalogApi> byName = new LinkedHashMap<>();

    public ApiCatalog(ObjectMapper objectMapper) {
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            Arrays.stream(objectMapper.readValue(in, CatalogApi[].class)).forEach(api -> byName.put(api.name(), api));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API catalogue " + DATA_FILE, e);
        }
    }

    public List<CatalogApi> all() {
        return List.copyOf(byName.values());
    }

    public Optional<CatalogApi> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
