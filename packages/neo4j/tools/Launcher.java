import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * A throwaway Neo4j 5.26 server for tests and local use: the embedded test harness with Bolt on
 * 127.0.0.1 (port 0 = a free port), auth enabled for user neo4j with a known password, no HTTP.
 * Prints `bolt://127.0.0.1:<port>` on stdout once Bolt accepts connections, then serves until
 * killed (or, with --exit-on-stdin-eof, until stdin closes). The store lives in a temporary folder
 * that is deleted on exit (--store names it, so that a script can remove it after a kill -9).
 *
 * Usage: java <jvm flags> -cp '<cache>/lib/*' Launcher.java [--port N] [--password P]
 *        [--pagecache SIZE_MB] [--store DIR] [--exit-on-stdin-eof]
 */
public class Launcher {
  public static void main(String[] args) throws Exception {
    int port = 0;
    String password = "talkgraph-test";
    long pagecacheMb = 256;
    boolean exitOnStdinEof = false;
    Path store = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--password" -> password = args[++i];
        case "--pagecache" -> pagecacheMb = Long.parseLong(args[++i]);
        case "--store" -> store = Path.of(args[++i]);
        case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
        default -> {
          System.err.println("talkgraph-neo4j launcher: unknown argument " + args[i]
              + " (use --port N, --password P, --pagecache MB, --store DIR, --exit-on-stdin-eof)");
          System.exit(2);
        }
      }
    }

    Path workDir;
    if (store == null) {
      workDir = Files.createTempDirectory("talkgraph-neo4j-");
    } else {
      deleteTree(store); // a store left by a server that was killed
      workDir = Files.createDirectories(store);
    }
    Neo4j neo4j;
    try {
      neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
          .withDisabledServer()
          .withConfig(BoltConnector.enabled, true)
          .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .withConfig(GraphDatabaseSettings.auth_enabled, true)
          .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
          .build();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) cause = cause.getCause();
      System.err.println("talkgraph-neo4j launcher: Neo4j did not start: " + cause.getMessage());
      deleteTree(workDir);
      Runtime.getRuntime().halt(1); // Neo4j's own threads would keep the JVM alive
      return;
    }
    // The store is thrown away, so skip the graceful close (Bolt's network shutdown alone takes ~10 s).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      deleteTree(workDir);
      Runtime.getRuntime().halt(0);
    }));

    // The embedded API runs without authentication, so it can set the password of the initial user.
    // A password Neo4j refuses (shorter than 8 characters) ends the start at once, with the reason.
    try {
      GraphDatabaseService system = neo4j.databaseManagementService().database("system");
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) cause = cause.getCause();
      System.err.println("talkgraph-neo4j launcher: Neo4j did not start: " + cause.getMessage());
      deleteTree(workDir);
      Runtime.getRuntime().halt(1);
      return;
    }

    System.out.println("bolt://127.0.0.1:" + neo4j.boltURI().getPort());
    System.out.flush();

    if (exitOnStdinEof) {
      while (System.in.read() != -1) {
        // Drain input; EOF means the parent went away.
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (Exception ignored) {
      // Best effort: the folder is under the system temp directory anyway.
    }
  }
}
