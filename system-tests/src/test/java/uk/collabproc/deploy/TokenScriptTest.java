package uk.collabproc.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * Issue 18: deploy/local/token.sh, run as a newcomer runs it, refuses a token that every service would refuse without
 * saying why (an officer, member or project manager without an organisation, a supplier without its id), and says what
 * to add.
 */
class TokenScriptTest {

    private record Run(int exitCode, String output) {
    }

    private static Run tokenSh(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ServiceProcess.suiteRoot().resolve("deploy/local/token.sh").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "token.sh answers");
        return new Run(process.exitValue(), output);
    }

    @Test
    void anOfficerMemberOrProjectManagerWithoutAnOrganisationIsRefusedWithWhatToAdd() throws Exception {
        for (String role : List.of("officer", "member", "project-manager")) {
            Run run = tokenSh(role);
            assertEquals(2, run.exitCode(), run.output());
            assertTrue(run.output().contains("needs its organisation: add --org ODS"), run.output());
        }
    }

    @Test
    void aSupplierWithoutItsIdIsRefusedWithWhatToAdd() throws Exception {
        Run run = tokenSh("supplier");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("add --supplier ID"), run.output());
    }

    @Test
    void aPersonaOfTheDemoGetsAToken() throws Exception {
        Run member = tokenSh("member", "--org", "RH8");
        assertEquals(0, member.exitCode(), member.output());
        assertEquals(3, member.output().strip().split("\\.").length, "a JWT: " + member.output());
        assertEquals(0, tokenSh("evaluator", "--sub", "eval-alice").exitCode());
    }
}
