package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SecretHasherTest {

    private static final String SECRET = "Abcd1234Abcd1234Abcd1234Abcd123!";

    private final SecretHasher hasher = new SecretHasher(key((byte) 1));

    @Test
    void fingerprintsEqualSecretsAlike() {
        assertThat(hasher.fingerprint(SECRET)).isEqualTo(new SecretHasher(key((byte) 1)).fingerprint(SECRET))
                .matches("[0-9a-f]{64}").doesNotContain(SECRET);
    }

    @Test
    void fingerprintsOtherSecretsOrUnderOtherKeysDifferently() {
        assertThat(hasher.fingerprint(SECRET + "x")).isNotEqualTo(hasher.fingerprint(SECRET));
        assertThat(new SecretHasher(key((byte) 2)).fingerprint(SECRET)).isNotEqualTo(hasher.fingerprint(SECRET));
    }

    @Test
    void fingerprintIsHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 6
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        assertThat(new SecretHasher(key).fingerprint("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void verifierMatchesTheSecretAndNoOther() {
        String verifier = hasher.verifier(SECRET);

        assertThat(verifier).startsWith("$2a$10$").doesNotContain(SECRET);
        assertThat(hasher.matches(SECRET, verifier)).isTrue();
        assertThat(hasher.matches(SECRET.replace('!', '?'), verifier)).isFalse();
        assertThat(hasher.matches(null, verifier)).isFalse();
        assertThat(hasher.matches(SECRET, null)).isFalse();
    }

    @Test
    void verifiersAreSalted() {
        assertThat(hasher.verifier(SECRET)).isNotEqualTo(hasher.verifier(SECRET));
    }

    @Test
    void aSecretLongerThanBcryptReadsMatchesNothing() {
        String longest = "A1!".repeat(24);
        String verifier = hasher.verifier(longest);

        assertThat(hasher.matches(longest, verifier)).isTrue();
        assertThat(hasher.matches(longest + "tail", verifier)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> hasher.verifier(longest + "tail"));
    }

    @Test
    void needsAServerKeyOfAtLeast256Bits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretHasher(new byte[31]));
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretHasher(null));
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
