package uk.collabproc.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * A PostgreSQL server as production has one: a server of its own (Debian's package, started by
 * system-tests/scripts/postgresql-server.sh), reached over TCP, one database and one account per service, each with
 * its own password.
 */
final class PostgresServer implements AutoCloseable {

    final int port = ServiceProcess.freePort();
    private final Path directory;
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private PostgresServer(Path directory, List<String> databases) {
        this.directory = directory;
        for (String database : databases) {
            passwords.put(database, ProductionSuite.secret());
        }
    }

    static PostgresServer start(Path directory, List<String> databases) throws IOException {
        Files.createDirectories(directory);
        PostgresServer server = new PostgresServer(directory, databases);
        List<String> command = new ArrayList<>(List.of(Scripts.script("postgresql-server.sh").toString(), "start", directory.toString(),
                String.valueOf(server.port)));
        server.passwords.forEach((database, password) -> command.add(database + "=" + password));
        System.out.print(Scripts.run(directory, Map.of(), 10, command));
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String password(String database) {
        return passwords.get(database);
    }

    /** The environment a service reads its database from, as deploy/README.md tells operators to set it. */
    Map<String, String> environmentFor(String database) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database), "QUARKUS_DATASOURCE_USERNAME", database,
                "QUARKUS_DATASOURCE_PASSWORD", password(database));
    }

    @Override
    public void close() {
        Scripts.run(directory, Map.of(), 2, List.of(Scripts.script("postgresql-server.sh").toString(), "stop", directory.toString()));
    }
}
