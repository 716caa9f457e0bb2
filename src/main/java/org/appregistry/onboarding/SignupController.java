package org.appregistry.onboarding;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.appregistry.common.ConflictException;
import org.appregistry.identity.UserAccounts.NewUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Developer sign-up: the one write that needs no login (SecurityConfiguration), throttled per address. */
@RestController
public class SignupController {

    private final SignupService signups;
    private final SignupThrottle throttle;

    public SignupController(SignupService signups, SignupThrottle throttle) {
        this.signups = signups;
        this.throttle = throttle;
    }

    public record SignupRequest(String vendorName, String userId, String password, String firstName,
            String lastName, String email) {

        @Override
        public String toString() {
            return "SignupRequest[" + vendorName + ", " + userId + "]";
        }
    }

    public record SignupView(UUID id, String vendorName, String userId, SignupStatus status) {
        static SignupView of(Signup signup) {
            return new SignupView(signup.getId(), signup.getVendorName(), signup.getUserId(), signup.getStatus());
        }
    }

    @Operation(summary = "Sign up as a vendor's first developer",
            description = "No login. Creates the account (user id: 2 to 64 letters, digits, '.', '-', '_' or '@'; "
                    + "password: 12 to 128 characters, not containing the user id, not one character repeated) and "
                    + "a sign-up that an operator approves or refuses in Tasklist. Until approved the account signs "
                    + "in but may only read GET /api/me, which shows the sign-up's status (and a refusal's reason). "
                    + "On approval the vendor exists and the account is its first developer. At most 5 sign-ups per "
                    + "client address an hour that pass the field rules (then 429 with Retry-After); 409 when the user id is taken or the "
                    + "vendor's name exists or has a pending sign-up.")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "Signed up; the sign-up waits for an operator")
    @ApiResponse(responseCode = "429", description = "Too many sign-ups from this address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/signups")
    public ResponseEntity<?> signUp(@RequestBody SignupRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many sign-ups from this address; try again later.");
            problem.setTitle("Too many requests");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())))
                    .body(problem);
        }
        Signup signup;
        try {
            signup = signups.apply(request.vendorName(), new NewUser(request.userId(), request.password(),
                    request.firstName(), request.lastName(), request.email()));
        } catch (ConflictException taken) {
            throttle.counted(address);
            throw taken;
        }
        throttle.counted(address);
        return ResponseEntity.created(URI.create("/api/me")).body(SignupView.of(signup));
    }
}
