package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Issue 9, low: a multipart body that cannot be read was a 500. It is the client's fault: a 400
 * problem, with nothing of the parser in it, and the app unchanged.
 */
class MalformedUploadIT extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=XYZ", "multipart/form-data"})
    void anUnreadableMultipartBodyIsABadRequest(String contentType) {
        HttpApi developer = as(world.vendor().developer());
        String app = developer.post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply reply = developer.send(HttpMethod.PUT, "/api/apps/" + app + "/thumbnail",
                MediaType.parseMediaType(contentType), "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end",
                headers -> { });

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.json().path("detail").asText()).contains("multipart");
        assertThat(reply.text()).doesNotContain("Exception", "tomcat", "FileUpload");
        assertThat(developer.get("/api/apps/" + app).json().path("thumbnail").isNull()).isTrue();
    }

    @Test
    void anUploadOverTheLimitKeepsItsOwnAnswer() {
        HttpApi developer = as(world.vendor().developer());
        String app = developer.post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply reply = developer.upload(HttpMethod.PUT, "/api/apps/" + app + "/thumbnail",
                new byte[5 * 1024 * 1024 + 1], parts -> { });

        assertThat(reply.status()).as(reply.text()).isEqualTo(413);
    }
}
