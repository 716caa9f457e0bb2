package org.appregistry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.Problems;
import org.appregistry.identity.UserAccounts.NewUser;
import org.junit.jupiter.api.Test;

/** The password rule of accounts people make themselves or for a colleague. */
class SelfServedPasswordTest {

    @Test
    void twelveToOneHundredTwentyEightCharactersWithoutTheUserIdNotOneCharacterRepeated() {
        assertThat(problems("dana", "short-pass1")).containsExactly("must be 12 to 128 characters");
        assertThat(problems("dana", "p".repeat(129))).containsExactly("must be 12 to 128 characters");
        assertThat(problems("dana", "my-DANA-password")).containsExactly("must not contain the user id");
        assertThat(problems("dana", "aaaaaaaaaaaaaaaa")).containsExactly("must not be one character repeated");
        assertThat(problems("dana", "correct-horse-battery")).isEmpty();
        assertThat(problems("dana", "x".repeat(11) + "y")).isEmpty();
    }

    private static List<String> problems(String userId, String password) {
        Problems problems = new Problems();
        UserAccounts.selfServedPasswordRule(new NewUser(userId, password, "Dana", "Lee", null), password, problems);
        return problems.list().stream().map(FieldProblem::message).toList();
    }
}
