// Launcher runs Neo4j Community 5.26 embedded, with Bolt and a static Neo4j Browser, so the project
// has a local graph without Docker or a Neo4j install. Run from this directory after `mvn -B -q package`:
//
//   java -Xms256m -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:+DisableExplicitGC \
//     --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
//     --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
//     -Dlog4j2.disable.jmx=true -cp 'target/lib/*' Launcher.java
//
// Settings come from the environment:
//   NEO4J_BOLT_ADDR     Bolt listen address, default 127.0.0.1:7687
//   NEO4J_HTTP_ADDR     Neo4j Browser address, default 127.0.0.1:7474 ("off" disables it)
//   NEO4J_HOME_DIR      data and logs, default ../.scamgraph/neo4j (the repository's state dir)
//   NEO4J_PAGECACHE_MB  page cache size in MiB, default 512
//   NEO4J_PASSWORD      unset or empty: no authentication; otherwise the neo4j user's password (8+ chars)
//   NEO4J_TX_MAX_MB     memory one transaction may use, default 512 (0: only the global limit)
//
// Queries cannot read files or the network through this server's configuration: LOAD CSV file
// URLs are off, the import directory is an empty folder of its own, no procedure is
// unrestricted and no plugin is installed. (LOAD CSV over http(s) cannot be switched off in
// Community; scamgraph's researcher-query guard refuses every LOAD CSV.)
//
// Prints "NEO4J READY bolt://host:port" once the default database answers queries, and shuts the
// database down cleanly on SIGTERM or Ctrl-C.

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    // hostPort splits "host:port" (also "[::1]:port") and exits with a clear message on bad input.
    static SocketAddress hostPort(String name, String value) {
        int i = value.lastIndexOf(':');
        if (i <= 0 || i == value.length() - 1) {
            fail(name + "=" + value + " is not host:port");
        }
        String host = value.substring(0, i);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(value.substring(i + 1));
            if (port < 1 || port > 65535) {
                fail(name + "=" + value + ": port out of range");
            }
            return new SocketAddress(host, port);
        } catch (NumberFormatException e) {
            fail(name + "=" + value + ": port is not a number");
            return null;
        }
    }

    static void fail(String msg) {
        System.err.println("NEO4J FAILED " + msg);
        System.exit(2);
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        SocketAddress bolt = hostPort("NEO4J_BOLT_ADDR", env("NEO4J_BOLT_ADDR", "127.0.0.1:7687"));
        String httpSetting = env("NEO4J_HTTP_ADDR", "127.0.0.1:7474");
        Path home = Path.of(env("NEO4J_HOME_DIR", "../.scamgraph/neo4j")).toAbsolutePath().normalize();
        long pageCacheMB = 0;
        try {
            pageCacheMB = Long.parseLong(env("NEO4J_PAGECACHE_MB", "512"));
        } catch (NumberFormatException e) {
            fail("NEO4J_PAGECACHE_MB must be a number of MiB");
        }
        String password = env("NEO4J_PASSWORD", "");
        boolean auth = !password.isEmpty();
        if (auth && password.length() < 8) {
            fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
        }
        long txMaxMB = 0;
        try {
            txMaxMB = Long.parseLong(env("NEO4J_TX_MAX_MB", "512"));
        } catch (NumberFormatException e) {
            fail("NEO4J_TX_MAX_MB must be a number of MiB");
        }
        Files.createDirectories(home);
        Path importDir = Files.createDirectories(home.resolve("import"));
        String boltURI = "bolt://" + bolt;

        // The browser port is bound before the database starts so a taken port fails fast.
        HttpServer http = null;
        if (!httpSetting.equalsIgnoreCase("off")) {
            SocketAddress addr = hostPort("NEO4J_HTTP_ADDR", httpSetting);
            try {
                http = HttpServer.create(new InetSocketAddress(addr.getHostname(), addr.getPort()), 0);
            } catch (IOException e) {
                fail("cannot listen on " + addr + " for Neo4j Browser: " + e.getMessage());
            }
            http.createContext("/", new BrowserHandler(boltURI, auth)::handle);
            http.start();
        }

        DatabaseManagementService dbms = null;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMB))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // No file reads from queries: LOAD CSV file URLs off, import confined to an
                    // empty folder, no procedure allowed past the security sandbox.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMaxMB))
                    // Bolt stops after the databases have checkpointed; its default 5 s + 5 s waits for
                    // idle worker threads only delay the exit.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setUserLogProvider(new Log4jLogProvider(System.out))
                    .build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            fail("database did not start: " + e.getMessage() + " (details in " + home.resolve("logs/debug.log") + ")");
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService service = dbms;
        HttpServer browser = http;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long s0 = System.nanoTime();
            System.out.println("NEO4J STOPPING " + Instant.now());
            if (browser != null) {
                browser.stop(0);
            }
            service.shutdown();
            System.out.println("NEO4J STOPPED " + Instant.now() + " took=" + (System.nanoTime() - s0) / 1_000_000 + "ms");
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (auth) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        }
        // build() returns before the default database is guaranteed online; a query proves it is.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        if (http != null) {
            System.out.println("NEO4J BROWSER http://" + httpSetting + "/");
        }
        long startedMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("NEO4J READY " + boltURI + " home=" + home + " auth=" + auth + " started_in=" + startedMs + "ms");
        System.out.flush();
        stopped.await();
    }

    // BrowserHandler serves Neo4j Browser from the neo4j-browser jar's "browser/" resources and the
    // discovery document the Browser reads to find the Bolt address.
    static final class BrowserHandler {
        private final String boltURI;
        private final boolean auth;

        BrowserHandler(String boltURI, boolean auth) {
            this.boltURI = boltURI;
            this.auth = auth;
        }

        void handle(HttpExchange ex) throws IOException {
            try (ex) {
                String method = ex.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    ex.getResponseHeaders().set("Allow", "GET, HEAD");
                    ex.sendResponseHeaders(405, -1);
                    return;
                }
                String path;
                try {
                    path = URI.create(ex.getRequestURI().getRawPath()).normalize().getPath();
                } catch (IllegalArgumentException e) {
                    send(ex, 400, "text/plain; charset=utf-8", "bad path\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (path.equals("/") || path.isEmpty()) {
                    String accept = ex.getRequestHeaders().getFirst("Accept");
                    if (accept != null && accept.contains("application/json")) {
                        String json = "{\"bolt_direct\":\"" + boltURI + "\",\"neo4j_version\":\""
                                + Version.getNeo4jVersion() + "\",\"neo4j_edition\":\"community\"}";
                        send(ex, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    String target = "/browser/?dbms=" + boltURI + (auth ? "" : "&preselectAuthMethod=NO_AUTH");
                    ex.getResponseHeaders().set("Location", target);
                    ex.sendResponseHeaders(302, -1);
                    return;
                }
                if (path.equals("/browser")) {
                    ex.getResponseHeaders().set("Location", "/browser/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                if (!path.startsWith("/browser/") || path.contains("..")) {
                    send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String resource = path.substring(1);
                if (resource.endsWith("/")) {
                    resource += "index.html";
                }
                try (InputStream in = Launcher.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    send(ex, 200, contentType(resource), in.readAllBytes());
                }
            }
        }

        private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }

        private static String contentType(String name) {
            String ext = name.substring(name.lastIndexOf('.') + 1);
            return switch (ext) {
                case "html" -> "text/html; charset=utf-8";
                case "js" -> "text/javascript; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                case "json" -> "application/json";
                case "svg" -> "image/svg+xml";
                case "png" -> "image/png";
                case "jpg", "jpeg" -> "image/jpeg";
                case "gif" -> "image/gif";
                case "ico" -> "image/x-icon";
                case "woff" -> "font/woff";
                case "woff2" -> "font/woff2";
                case "ttf" -> "font/ttf";
                case "eot" -> "application/vnd.ms-fontobject";
                case "txt" -> "text/plain; charset=utf-8";
                default -> "application/octet-stream";
            };
        }
    }
}
