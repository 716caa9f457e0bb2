package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Camunda Cockpit as the operator sees it. */
public final class Cockpit {

    private final Page page;
    private final String baseUrl;

    private Cockpit(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public static Cockpit logIn(Page page, String baseUrl, String userId, String password) {
        CamundaWebapp.logIn(page, baseUrl, "cockpit", userId, password);
        return new Cockpit(page, baseUrl);
    }

    /** Processes, then the definition by name: its runtime view with the diagram. */
    public ProcessDefinitionView openProcessDefinition(String name) {
        page.navigate(baseUrl + "/camunda/app/cockpit/default/#/processes");
        page.locator("td.name a", new Page.LocatorOptions().setHasText(name)).first().click();
        return new ProcessDefinitionView();
    }

    public final class ProcessDefinitionView {

        private final Locator diagram = page.locator(".djs-container");

        private ProcessDefinitionView() {
            assertThat(diagram).isVisible();
        }

        /** The diagram draws this element as SVG, labelled with its name. */
        public ProcessDefinitionView expectElement(String elementId, String label) {
            Locator element = diagram.locator("svg g.djs-element[data-element-id='" + elementId + "']");
            assertThat(element).isVisible();
            // bpmn-js breaks a label into one tspan per line
            Locator lines = element.locator("text.djs-label tspan");
            assertThat(lines.first()).isVisible();
            String drawn = String.join(" ", lines.allTextContents()).replaceAll("\\s+", " ").trim();
            if (!drawn.equals(label)) {
                throw new AssertionError(elementId + " is labelled '" + drawn + "', expected '" + label + "'");
            }
            return this;
        }
    }
}
