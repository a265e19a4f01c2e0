import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.util.Locale;
import java.util.Set;

/**
 * The floor under the gateway in bench/peer: the least a reverse proxy on Vert.x does for one request,
 * with the gateway's libraries and transport (epoll) and nothing of its own: no keys, limits, router,
 * request ids, metrics or circuits. Routes as the peer nginx does, adds the internal token, and copies
 * the end-to-end headers both ways, one event loop client per loop as the gateway does.
 *
 *   java -cp 'GATEWAY_APP/lib/main/*' bench/floor/FloorProxy.java PORT SUPPLIER_PORT SCORING_PORT TOKEN
 */
public class FloorProxy extends AbstractVerticle {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length");

    private final int port;
    private final SocketAddress supplier;
    private final SocketAddress scoring;
    private final String token;
    private HttpClient client;

    FloorProxy(int port, int supplierPort, int scoringPort, String token) {
        this.port = port;
        this.supplier = SocketAddress.inetSocketAddress(supplierPort, "127.0.0.1");
        this.scoring = SocketAddress.inetSocketAddress(scoringPort, "127.0.0.1");
        this.token = token;
    }

    @Override
    public void start(Promise<Void> started) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32));
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(this::forward).listen().<Void>mapEmpty().onComplete(started);
    }

    private void forward(HttpServerRequest in) {
        SocketAddress target = in.path().startsWith("/api/v1/scores") ? scoring : supplier;
        in.body().onSuccess(body -> client.request(new RequestOptions().setServer(target).setHost(target.host())
                        .setPort(target.port()).setMethod(in.method()).setURI(in.uri()))
                .compose(out -> {
                    copy(in.headers(), out.headers());
                    out.putHeader("X-Internal-Token", token);
                    return out.send(body);
                })
                .compose(answer -> answer.body().onSuccess(bytes -> {
                    HttpServerResponse response = in.response().setStatusCode(answer.statusCode());
                    copy(answer.headers(), response.headers());
                    response.end(bytes);
                }))
                .onFailure(failure -> in.response().setStatusCode(502).end()));
    }

    private static void copy(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int supplierPort = Integer.parseInt(args[1]);
        int scoringPort = Integer.parseInt(args[2]);
        // As many event loops as Quarkus gives the gateway: two per core.
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new FloorProxy(port, supplierPort, scoringPort, args[3]),
                new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("floor proxy on " + port + ", pid " + ProcessHandle.current().pid()
                        + ", " + loops + " event loops, " + (vertx.isNativeTransportEnabled() ? "epoll" : "NIO")))
                .onFailure(failure -> {
                    System.out.println("floor proxy failed: " + failure);
                    System.exit(1);
                });
    }
}
