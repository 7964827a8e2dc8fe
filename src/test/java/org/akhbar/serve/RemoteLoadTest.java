package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.akhbar.cli.AkhbarCommand;
import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** `akhbar load --server URL` against a running server, and `serve`'s refusals, as a user runs them. */
class RemoteLoadTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;
    static Path passwords;

    @BeforeAll
    static void start() throws Exception {
        passwords = Files.writeString(dir.resolve("passwords"), "# who may write\nwriter: s3cret, admin\n");
        store = AkhbarStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).allowUpdate(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    record Run(int exit, String out, String err) {}

    static Run akhbar(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = AkhbarCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void loadSendsArticlesToTheServerAndAReloadChangesNothing() {
        long before = store.stats().counts().get("articles");
        Run first = akhbar("load", "--server", server.baseUrl(), "--password-file", passwords.toString(), "seeds");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("2 new"), first.out());
        assertEquals(before + 2, store.stats().counts().get("articles"));
        long quads = store.stats().counts().get("quads");
        Run again = akhbar("load", "--server", server.sparqlUrl(), "--password-file", passwords.toString(), "seeds");
        assertTrue(again.out().contains("2 unchanged"), again.out());
        assertEquals(quads, store.stats().counts().get("quads"));
    }

    @Test
    void aChangedArticleReplacesItsGraphOnTheServer() throws Exception {
        Path article = Files.writeString(dir.resolve("changing.txt"), "عنوان\n\nأكد الرئيس الأميركي جو بايدن أن التعاون مع العراق مستمر.\n");
        Path password = Files.writeString(dir.resolve("only-password"), "s3cret\n");
        assertTrue(akhbar("load", "--server", server.baseUrl(), "--password-file", password.toString(), article.toString()).out().contains("1 new"));
        Files.writeString(article, "عنوان\n\nقال الرئيس الأميركي جو بايدن إن التعاون مع العراق مستمر.\n");
        Run r = akhbar("load", "--server", server.baseUrl(), "--password-file", password.toString(), article.toString());
        assertTrue(r.out().contains("1 replaced"), r.out() + r.err());
    }

    @Test
    void aWrongPasswordStopsTheLoadWithAClearMessage() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "writer: nope\n");
        Run r = akhbar("load", "--server", server.baseUrl(), "--password-file", wrong.toString(), "seeds");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("refused the credentials"), r.err());
    }

    @Test
    void anUnreachableServerIsNamedInTheFailure() {
        Run r = akhbar("load", "--server", "http://127.0.0.1:1", "--password-file", passwords.toString(), "seeds");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cannot reach the server"), r.err());
    }

    @Test
    void serveRefusesUpdatesWithoutAPassword() {
        Run r = akhbar("serve", "--db", dir.resolve("other").toString(), "--allow-update");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--allow-update needs --password-file"), r.err());
    }
}
