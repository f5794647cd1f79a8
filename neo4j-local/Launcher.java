// The local Neo4j: Neo4j Community (embedded DBMS) with the Bolt connector on 127.0.0.1, run in
// Java's source-file mode so there is no build step:
//
//   java -Xmx1g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
//        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -cp "$(cat .kg/neo4j-classpath-*.txt)" \
//        neo4j-local/Launcher.java --home .kg/neo4j --port 7687 --pagecache 512m --state-file .kg/neo4j/kg-launcher.json
//
// src/db/local-neo4j.ts is the usual caller (it resolves the classpath with Maven and caches it).
// Auth is disabled and the listener is loopback-only: this is a developer's and the tests' server,
// never a production one (production sets NEO4J_URI). Once the "neo4j" database is available the
// launcher writes the state file (pid, port, home) and prints a READY line; on SIGTERM or SIGINT the
// shutdown hook shuts the DBMS down cleanly (checkpoint, store files closed) and removes the state file.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public class Launcher {
  private static final String USAGE =
      "usage: java -cp <classpath> Launcher.java --home <dir> --port <n> [--pagecache <size>] [--state-file <file>]";

  public static void main(String[] args) throws Exception {
    Path home = null;
    Path stateFile = null;
    int port = 7687;
    String pageCache = "512m";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--home" -> { home = Path.of(require(value, "--home")); i++; }
        case "--port" -> { port = Integer.parseInt(require(value, "--port")); i++; }
        case "--pagecache" -> { pageCache = require(value, "--pagecache"); i++; }
        case "--state-file" -> { stateFile = Path.of(require(value, "--state-file")); i++; }
        default -> fail("unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    if (home == null) fail("--home is required\n" + USAGE);
    home = home.toAbsolutePath();
    Files.createDirectories(home);

    long started = System.nanoTime();
    System.out.println("kg-neo4j: starting Neo4j " + Version.getNeo4jVersion() + " in " + home + " on 127.0.0.1:" + port);
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          // A development store: keep one rotated transaction log file, not two days' worth.
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
          // Netty's quiet period: once the databases are stopped and checkpointed, each of the two Bolt
          // event-loop groups (bolt, bolt-local) waited 5 s for tasks that never come, so every stop
          // took 10 s longer than its shutdown (debug.log; decision 0042). The databases close first,
          // so nothing is lost by not waiting.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) {
      fail("Neo4j did not start: " + rootMessage(e) + " (is port " + port + " already in use? see the log above)");
      return;
    }

    final DatabaseManagementService service = dbms;
    final Path state = stateFile;
    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("kg-neo4j: shutting down");
      try {
        service.shutdown();
      } finally {
        if (state != null) {
          try { Files.deleteIfExists(state); } catch (IOException ignored) { /* nothing left to clean */ }
        }
        System.out.println("kg-neo4j: stopped");
        System.out.flush();
        stopped.countDown();
      }
    }, "kg-neo4j-shutdown"));

    // database() returns once the database is available (it waits for recovery and start-up).
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(60_000)) fail("the neo4j database did not become available within 60 s");

    long pid = ProcessHandle.current().pid();
    if (stateFile != null) {
      String json = "{\"pid\":" + pid + ",\"port\":" + port + ",\"home\":" + quote(home.toString())
          + ",\"neo4jVersion\":" + quote(Version.getNeo4jVersion()) + ",\"startedAt\":" + quote(Instant.now().toString()) + "}\n";
      // Written atomically: a reader never sees half a file.
      Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
      Files.createDirectories(stateFile.toAbsolutePath().getParent());
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("kg-neo4j: READY bolt://127.0.0.1:" + port + " pid " + pid + " in " + ms + " ms");
    System.out.flush();
    stopped.await();
  }

  private static String require(String value, String flag) {
    if (value == null) fail(flag + " needs a value\n" + USAGE);
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void fail(String message) {
    System.err.println("kg-neo4j: " + message);
    System.exit(2);
  }
}
