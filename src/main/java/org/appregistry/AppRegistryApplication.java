package org.appregistry;

import javax.xml.datatype.DatatypeFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AppRegistryApplication {

    public static void main(String[] args) {
        // The engine makes a DatatypeFactory for every retry cycle and timer it reads, i.e. for every
        // job it creates; without this property each one searches the whole class path (nested jars)
        // for a provider, which was 7 % of the CPU of a download request (docs/performance.md). The
        // search ends with the JDK's own implementation anyway: no library here brings another.
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
        SpringApplication.run(AppRegistryApplication.class, args);
    }
}
